import { Typography } from "antd";
import type { MouseEvent } from "react";
import { useNavigate } from "react-router";
import { usePhone } from "../../../shared/use-phone";
import { layoutHBars, wrapLabel } from "../bar-layout";

export interface ChartBar {
  key: string;
  label: string;
  value: number;
  /** the figure written after the bar (1 cụm, 8,5 ha; 42,5%) */
  display: string;
  /** the list behind the figure */
  link?: string;
  color?: string;
}

export interface TargetLine {
  value: number;
  label: string;
}

/**
 * Two drawings of the same bars. On a desk the label is left of its bar; on a phone (usePhone) the
 * label is written above its bar and the drawing is about as wide as the screen, so that the SVG is
 * not scaled down to unreadable text.
 */
const geometry = {
  desk: { labelWidth: 230, barWidth: 300, valueWidth: 130, wrap: 36, stacked: false },
  phone: { labelWidth: 0, barWidth: 200, valueWidth: 140, wrap: 46, stacked: true },
} as const;
const ROW = 22;
const GAP = 8;

const LINE_HEIGHT = 13;
const targetStroke = { stroke: "#cf1322", strokeDasharray: "4 3", strokeWidth: 1.5 } as const;

/**
 * Horizontal bars in plain SVG (no chart library), each a link to the list behind it. The chart is
 * a figure named by `title`; every bar is a link whose accessible name states its figure, so the
 * chart reads as a list of figures without the picture.
 */
export function BarChart({
  bars,
  title,
  testId,
  max,
  targets = [],
  empty,
}: {
  bars: ChartBar[];
  title: string;
  testId: string;
  max?: number;
  targets?: TargetLine[];
  empty: string;
}) {
  const navigate = useNavigate();
  const g = geometry[usePhone() ? "phone" : "desk"];
  if (bars.length === 0) return <Typography.Text style={{ color: "#595959" }}>{empty}</Typography.Text>;
  const labels = bars.map((b) => wrapLabel(b.label, g.wrap));
  const labelHeight = (lines: string[]) => lines.length * LINE_HEIGHT + 4;
  const heights = labels.map((l) => (g.stacked ? labelHeight(l) + ROW : Math.max(ROW, labelHeight(l))));
  const layout = layoutHBars(
    bars.map((b) => b.value),
    g.barWidth,
    { rowHeight: heights, gap: GAP, max: max ?? Math.max(...targets.map((t) => t.value), 0) },
  );
  const top = targets.length > 0 ? 16 : 0;
  const width = g.labelWidth + g.barWidth + g.valueWidth;
  const height = top + layout.height;
  const x = (value: number) => g.labelWidth + layout.scale(value);
  const follow = (link: string) => (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    void navigate(link);
  };
  return (
    <figure aria-label={title} data-testid={testId} style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width, display: "block" }}>
        <title>{title}</title>
        {layout.rows.map((row, i) => {
          const bar = bars[i] as ChartBar;
          const lines = labels[i] ?? [];
          const name = `${bar.label}: ${bar.display}`;
          const rowHeight = heights[i] ?? ROW;
          // stacked: the label's lines, then the bar; side by side: both centred on the row
          const barY = g.stacked ? labelHeight(lines) : (rowHeight - ROW) / 2;
          const firstLine = g.stacked ? LINE_HEIGHT - 2 : rowHeight / 2 + 4 - ((lines.length - 1) * LINE_HEIGHT) / 2;
          const labelX = g.stacked ? 0 : g.labelWidth - 8;
          const content = (
            <>
              <title>{name}</title>
              <text x={labelX} y={firstLine} fontSize={12} textAnchor={g.stacked ? "start" : "end"} fill="#262626">
                {/* the trailing space keeps the words apart in the link's text (not drawn: SVG trims it) */}
                {lines.map((l, k) => (
                  <tspan key={l} x={labelX} dy={k === 0 ? 0 : LINE_HEIGHT}>
                    {`${l} `}
                  </tspan>
                ))}
              </text>
              <rect x={g.labelWidth} y={barY} width={g.barWidth} height={ROW} fill="#f5f5f5" />
              <rect
                x={g.labelWidth}
                y={barY}
                width={Math.max(row.width, bar.value > 0 ? 2 : 0)}
                height={ROW}
                fill={bar.color ?? "#1677ff"}
                rx={2}
              />
              <text x={g.labelWidth + g.barWidth + 6} y={barY + ROW / 2 + 4} fontSize={12} fill="#262626">
                {bar.display}
              </text>
            </>
          );
          return (
            <g key={bar.key} transform={`translate(0 ${top + row.y})`} data-key={bar.key}>
              {bar.link ? (
                <a href={bar.link} onClick={follow(bar.link)} aria-label={name} data-testid={`${testId}-${bar.key}`} className="chart-link">
                  {content}
                </a>
              ) : (
                <g>{content}</g>
              )}
            </g>
          );
        })}
        {targets.map((t) => (
          <g key={t.value}>
            {g.stacked ? (
              // across each bar only: a line from top to bottom would cross the labels above the bars
              layout.rows.map((row, i) => {
                const y = top + row.y + labelHeight(labels[i] ?? []);
                return <line key={row.y} x1={x(t.value)} x2={x(t.value)} y1={y - 3} y2={y + ROW + 3} {...targetStroke} />;
              })
            ) : (
              <line x1={x(t.value)} x2={x(t.value)} y1={top - 2} y2={height} {...targetStroke} />
            )}
            <text x={x(t.value)} y={11} fontSize={11} textAnchor="middle" fill="#a8071a">
              {t.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
