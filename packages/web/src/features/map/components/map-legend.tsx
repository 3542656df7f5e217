import { type ZoneStage, zoneStageLabels } from "@dondoc/domain";
import { Card, Typography } from "antd";
import { useI18n } from "../../../i18n/i18n-context";
import { stageColors } from "../../../shared/stage-colors";

const dot = (color: string, hollow: boolean) => (
  <span
    aria-hidden
    style={{
      display: "inline-block",
      boxSizing: "border-box",
      width: 14,
      height: 14,
      borderRadius: "50%",
      marginRight: 8,
      verticalAlign: "middle",
      background: hollow ? "#fff" : color,
      border: hollow ? `3px solid ${color}` : "2px solid #fff",
      boxShadow: hollow ? "none" : "0 0 0 1px rgba(0,0,0,0.25)",
    }}
  />
);

/** Stage colours of the zones on the map, and how exact and approximate locations are drawn. */
export function MapLegend({ stages, approximateCount }: { stages: ZoneStage[]; approximateCount: number }) {
  const { t, label } = useI18n();
  return (
    <Card size="small" title={t("map.legend")} data-testid="map-legend">
      <ul className="plain-list">
        {stages.map((stage) => (
          <li key={stage}>
            <span
              aria-hidden
              style={{ display: "inline-block", width: 14, height: 10, borderRadius: 2, marginRight: 8, background: stageColors[stage] }}
            />
            {label(zoneStageLabels[stage])}
          </li>
        ))}
        <li style={{ marginTop: 8 }}>
          {dot("#595959", false)}
          {t("map.legend.exact")}
        </li>
        <li data-testid="legend-approximate">
          {dot("#595959", true)}
          {t("zone.approximate")}
        </li>
      </ul>
      {approximateCount > 0 ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: "8px 0 0" }}>
          {t("map.approximateCount", { count: approximateCount })}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
