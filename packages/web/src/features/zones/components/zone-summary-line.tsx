import type { ZoneList } from "@dondoc/domain";
import { Typography } from "antd";
import { useI18n } from "../../../i18n/i18n-context";

/** The count and the area and investment totals of everything the filters match (not only this page). */
export function ZoneSummaryLine({ totals }: { totals: ZoneList["totals"] }) {
  const { t, num } = useI18n();
  return (
    <Typography.Text strong data-testid="zone-summary">
      {t("zones.summary", { count: num(totals.count, 0), area: num(totals.areaHa), investment: num(totals.totalInvestmentMillionVnd, 0) })}
    </Typography.Text>
  );
}
