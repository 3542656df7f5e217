import { Typography } from "antd";
import type { MouseEvent } from "react";
import { useNavigate } from "react-router";
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

const LABEL_WIDTH = 230;
const BAR_WIDTH = 300;
const VALUE_WIDTH = 130;
const ROW = 22;
const GAP = 8;

const LINE_HEIGHT = 13;

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
  if (bars.length === 0) return <Typography.Text style={{ color: "#595959" }}>{empty}</Typography.Text>;
  const labels = bars.map((b) => wrapLabel(b.label));
  const heights = labels.map((l) => Math.max(ROW, l.length * LINE_HEIGHT + 4));
  const layout = layoutHBars(
    bars.map((b) => b.value),
    BAR_WIDTH,
    { rowHeight: heights, gap: GAP, max: max ?? Math.max(...targets.map((t) => t.value), 0) },
  );
  const top = targets.length > 0 ? 16 : 0;
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = top + layout.height;
  const x = (value: number) => LABEL_WIDTH + layout.scale(value);
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
          const barY = (rowHeight - ROW) / 2;
          const firstLine = rowHeight / 2 + 4 - ((lines.length - 1) * LINE_HEIGHT) / 2;
          const content = (
            <>
              <title>{name}</title>
              <text x={LABEL_WIDTH - 8} y={firstLine} fontSize={12} textAnchor="end" fill="#262626">
                {/* the trailing space keeps the words apart in the link's text (not drawn: SVG trims it) */}
                {lines.map((l, k) => (
                  <tspan key={l} x={LABEL_WIDTH - 8} dy={k === 0 ? 0 : LINE_HEIGHT}>
                    {`${l} `}
                  </tspan>
                ))}
              </text>
              <rect x={LABEL_WIDTH} y={barY} width={BAR_WIDTH} height={ROW} fill="#f5f5f5" />
              <rect
                x={LABEL_WIDTH}
                y={barY}
                width={Math.max(row.width, bar.value > 0 ? 2 : 0)}
                height={ROW}
                fill={bar.color ?? "#1677ff"}
                rx={2}
              />
              <text x={LABEL_WIDTH + BAR_WIDTH + 6} y={rowHeight / 2 + 4} fontSize={12} fill="#262626">
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
            <line x1={x(t.value)} x2={x(t.value)} y1={top - 2} y2={height} stroke="#cf1322" strokeDasharray="4 3" strokeWidth={1.5} />
            <text x={x(t.value)} y={11} fontSize={11} textAnchor="middle" fill="#a8071a">
              {t.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
