import { type DeadlineKind, type DeadlineRule, deadlineKinds, describeRule } from "@dondoc/domain";
import { Checkbox, DatePicker, Flex, Input, InputNumber, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useI18n } from "../../../i18n/i18n-context";
import { changeDeadlineKind, ruleIsValid } from "../proposal-edit";

const pickers: Partial<
  Record<
    DeadlineKind,
    { picker: "date" | "month" | "quarter" | "year"; format: string; toValue: (d: Dayjs) => string; fromValue: (v: string) => Dayjs | null }
  >
> = {
  date: { picker: "date", format: "DD/MM/YYYY", toValue: (d) => d.format("YYYY-MM-DD"), fromValue: (v) => (v ? dayjs(v) : null) },
  month: { picker: "month", format: "MM/YYYY", toValue: (d) => d.format("YYYY-MM"), fromValue: (v) => (v ? dayjs(`${v}-01`) : null) },
  quarter: {
    picker: "quarter",
    format: "[Q]Q/YYYY",
    toValue: (d) => `${d.format("YYYY")}-Q${Math.floor(d.month() / 3) + 1}`,
    fromValue: (v) =>
      /^\d{4}-Q[1-4]$/.test(v) ? dayjs(`${v.slice(0, 4)}-${String((Number(v.slice(6)) - 1) * 3 + 1).padStart(2, "0")}-01`) : null,
  },
  year: { picker: "year", format: "YYYY", toValue: (d) => d.format("YYYY"), fromValue: (v) => (v ? dayjs(`${v}-01-01`) : null) },
  "recurring-yearly": {
    picker: "date",
    format: "DD/MM",
    toValue: (d) => d.format("MM-DD"),
    fromValue: (v) => (v ? dayjs(`2000-${v}`) : null),
  },
};
const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
const withBefore: DeadlineKind[] = ["date", "month", "recurring-monthly", "recurring-yearly", "recurring-weekly"];

/** A deadline rule: its kind, then the value that kind needs, and how it reads ("Hằng tháng, trước ngày 20"). */
export function DeadlineEditor({ rule, onChange, testId }: { rule: DeadlineRule; onChange: (rule: DeadlineRule) => void; testId: string }) {
  const { t } = useI18n();
  const set = (value: string | null) => onChange({ ...rule, value } as DeadlineRule);
  const picker = pickers[rule.kind];
  const valid = ruleIsValid(rule);
  const text = typeof rule.value === "string" ? rule.value : "";
  return (
    <div data-testid={testId}>
      <Flex gap={8} wrap align="center">
        <Select<DeadlineKind>
          size="small"
          style={{ width: 230 }}
          data-testid={`${testId}-kind`}
          virtual={false}
          listHeight={420}
          aria-label={t("reader.deadlineKind")}
          value={rule.kind}
          options={deadlineKinds.map((k) => ({ value: k, label: t(`reader.kind.${k}`) }))}
          onChange={(kind) => onChange(changeDeadlineKind(rule, kind))}
        />
        {picker ? (
          <DatePicker
            size="small"
            data-testid={`${testId}-value`}
            picker={picker.picker}
            format={picker.format}
            status={valid ? undefined : "error"}
            value={picker.fromValue(text)}
            onChange={(d) => set(d ? picker.toValue(d) : "")}
          />
        ) : null}
        {rule.kind === "recurring-weekly" ? (
          <Select
            size="small"
            style={{ width: 140 }}
            data-testid={`${testId}-value`}
            status={valid ? undefined : "error"}
            value={text || null}
            options={weekdays.map((d) => ({ value: String(d), label: t(`reader.weekday.${d}`) }))}
            onChange={(v: string) => set(v)}
          />
        ) : null}
        {rule.kind === "recurring-monthly" || rule.kind === "recurring-quarterly" || rule.kind === "working-days-after" ? (
          <InputNumber
            size="small"
            data-testid={`${testId}-value`}
            min={1}
            max={rule.kind === "working-days-after" ? 999 : 31}
            status={valid ? undefined : "error"}
            placeholder={t(rule.kind === "working-days-after" ? "reader.days" : "reader.dayOfMonth")}
            value={rule.value ? Number(rule.value) : null}
            onChange={(n) => set(n === null ? (rule.kind === "recurring-quarterly" ? null : "") : String(n))}
          />
        ) : null}
        {rule.kind === "working-days-after" ? (
          <Input
            size="small"
            style={{ width: 220 }}
            placeholder={t("reader.event")}
            value={rule.event ?? ""}
            onChange={(e) => onChange({ ...rule, event: e.target.value || undefined })}
          />
        ) : null}
        {withBefore.includes(rule.kind) ? (
          <Checkbox checked={rule.before === true} onChange={(e) => onChange({ ...rule, before: e.target.checked || undefined })}>
            {t("reader.before")}
          </Checkbox>
        ) : null}
      </Flex>
      <Typography.Text type={valid ? "secondary" : "danger"} style={{ fontSize: 12 }} data-testid={`${testId}-preview`}>
        {valid ? describeRule(rule) : t("reader.deadlineIncomplete")}
      </Typography.Text>
    </div>
  );
}
