import { DatePicker, Segmented, Space } from "antd";
import dayjs from "dayjs";
import { useI18n } from "../../../i18n/i18n-context";
import { type Period, type PeriodKind, periodContaining } from "../scorecard-period";

const formats: Record<PeriodKind, string> = { month: "MM/YYYY", quarter: "[Q]Q/YYYY", year: "YYYY" };

/** Month, quarter or year, then which one. */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const { t } = useI18n();
  return (
    <Space wrap>
      <Segmented<PeriodKind>
        data-testid="period-kind"
        value={period.kind}
        onChange={(kind) => onChange(periodContaining(kind, period.from))}
        options={[
          { value: "month", label: t("scorecards.period.month") },
          { value: "quarter", label: t("scorecards.period.quarter") },
          { value: "year", label: t("scorecards.period.year") },
        ]}
      />
      <DatePicker
        data-testid="period-value"
        aria-label={t("scorecards.period.label")}
        picker={period.kind}
        format={formats[period.kind]}
        allowClear={false}
        value={dayjs(period.from)}
        onChange={(value) => value && onChange(periodContaining(period.kind, value.format("YYYY-MM-DD")))}
      />
    </Space>
  );
}
