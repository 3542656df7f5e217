import type { ZoneSummary } from "@dondoc/domain";
import { Card, Typography } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../i18n/i18n-context";
import { StageTag } from "../../../shared/stage-tag";

/** Zones the map cannot place: no coordinates and no commune to stand in for them. */
export function UnlocatedList({ zones }: { zones: ZoneSummary[] }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={`${t("map.unlocated")} (${zones.length})`} data-testid="unlocated-zones">
      {zones.length === 0 ? (
        <Typography.Text type="secondary">{t("map.unlocatedEmpty")}</Typography.Text>
      ) : (
        <ul className="plain-list">
          {zones.map((zone) => (
            <li key={zone.id} style={{ marginBottom: 4 }}>
              <Link to={`/zones/${encodeURIComponent(zone.id)}`}>{zone.name}</Link> <StageTag stage={zone.stage} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
