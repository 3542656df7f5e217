import { Flex, Typography } from "antd";
import type { Scorecard } from "../../../api/tasks-api";
import { useI18n } from "../../../i18n/i18n-context";
import { usePhone } from "../../../shared/use-phone";
import { taskStatusHex } from "../../tasks/task-status-style";
import { type BarPart, barParts, layoutBars } from "../scorecard-bars";

/**
 * On a desk the agency's name is left of its bar; on a phone (usePhone) it is written above the bar
 * and the drawing is about as wide as the screen, so that its text is not scaled down to a few pixels.
 */
const geometry = {
  desk: { labelWidth: 320, barWidth: 780, label: 0 },
  // a small margin on the left: the axis's "0" is centred on the bars' start
  phone: { labelWidth: 6, barWidth: 300, label: 16 },
} as const;
const AXIS = 24;
const ROW = 24;

export const barColors: Record<BarPart, string> = {
  doneOnTime: taskStatusHex["done-on-time"],
  doneLate: taskStatusHex["done-late"],
  inProgress: taskStatusHex["in-progress"],
  overdue: taskStatusHex.overdue,
};

const shorten = (name: string, max = 48) => (name.length > max ? `${name.slice(0, max - 1)}…` : name);

/** Stacked bars per agency in plain SVG (no chart library): done on time, done late, in progress, overdue. */
export function ScorecardChart({ items }: { items: Scorecard[] }) {
  const { t, num } = useI18n();
  const g = geometry[usePhone() ? "phone" : "desk"];
  // a row: the name above the bar (phone) or beside it (desk); the bar below the name
  const layout = layoutBars(items, g.barWidth, g.label + ROW);
  if (layout.rows.length === 0) return <Typography.Text type="secondary">{t("scorecards.chartEmpty")}</Typography.Text>;
  const width = g.labelWidth + g.barWidth + 48;
  const height = layout.height + AXIS;
  const x = (value: number) => g.labelWidth + (value / layout.max) * g.barWidth;
  return (
    <div>
      <Flex gap={16} wrap style={{ marginBottom: 8 }} data-testid="chart-legend">
        {barParts.map((part) => (
          <span key={part} style={{ display: "inline-flex", alignItems: "center", gap: 6 }}>
            <span style={{ width: 12, height: 12, background: barColors[part], display: "inline-block", borderRadius: 2 }} />
            {t(`scorecards.part.${part}`)}
          </span>
        ))}
      </Flex>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width, display: "block" }}
        role="img"
        aria-label={t("scorecards.chartTitle")}
        data-testid="scorecard-chart"
      >
        {layout.ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={0} y2={layout.height} stroke="#f0f0f0" />
            <text x={x(tick)} y={layout.height + 16} fontSize={11} textAnchor="middle" fill="#8c8c8c">
              {num(tick, 1)}
            </text>
          </g>
        ))}
        {layout.rows.map((row) => (
          <g key={row.agency} transform={`translate(0 ${row.y})`} data-agency={row.agency}>
            <text
              x={g.label ? g.labelWidth : g.labelWidth - 8}
              y={g.label ? 12 : ROW / 2 + 4}
              fontSize={12}
              textAnchor={g.label ? "start" : "end"}
              fill="#262626"
            >
              <title>{row.name}</title>
              {shorten(row.name)}
            </text>
            {row.segments.map((s) => (
              <rect key={s.part} x={g.labelWidth + s.x} y={g.label} width={Math.max(s.width, 0.5)} height={ROW} fill={barColors[s.part]}>
                <title>{`${row.name} — ${t(`scorecards.part.${s.part}`)}: ${s.value}`}</title>
              </rect>
            ))}
            <text x={x(row.total) + 6} y={g.label + ROW / 2 + 4} fontSize={12} fill="#595959">
              {row.total}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
