import type { TaskLine } from "@dondoc/domain";
import { Badge, Calendar, type CalendarProps, Flex, Radio, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useI18n } from "../../../i18n/i18n-context";
import type { MonthCount } from "../calendar-buckets";
import { taskStatusHex } from "../task-status-style";

const SHOWN = 3;

/** antd's Calendar with each day's due tasks (a coloured dot per status) and each month's count in the year view. */
export function DeadlineCalendar(props: {
  days: Map<string, TaskLine[]>;
  months: Map<string, MonthCount>;
  value: Dayjs;
  onSelect: (day: Dayjs, source: "date" | "month" | "year" | "customize") => void;
}) {
  const { t } = useI18n();
  const cellRender: CalendarProps<Dayjs>["cellRender"] = (current, info) => {
    if (info.type === "month") {
      const count = props.months.get(current.format("YYYY-MM"));
      if (!count) return info.originNode;
      return (
        <div className="calendar-month-count">
          <div>{t("calendar.monthCount", { count: count.total })}</div>
          {count.overdue > 0 ? <Badge color={taskStatusHex.overdue} text={t("calendar.monthOverdue", { count: count.overdue })} /> : null}
        </div>
      );
    }
    if (info.type !== "date") return info.originNode;
    const lines = props.days.get(current.format("YYYY-MM-DD")) ?? [];
    if (lines.length === 0) return null;
    return (
      <ul className="calendar-day plain-list" data-testid="calendar-day" data-day={current.format("YYYY-MM-DD")}>
        {lines.slice(0, SHOWN).map((line) => (
          <li key={line.occurrenceId} title={line.summary}>
            <Badge color={taskStatusHex[line.status]} text={line.subject} />
          </li>
        ))}
        {lines.length > SHOWN ? <li className="calendar-more">{t("calendar.more", { count: lines.length - SHOWN })}</li> : null}
      </ul>
    );
  };
  // antd's own header has unlabelled selects (axe "label"): the same controls, each with its name
  const headerRender: CalendarProps<Dayjs>["headerRender"] = ({ value, type, onChange, onTypeChange }) => {
    const year = value.year();
    const years = Array.from({ length: 11 }, (_, i) => year - 5 + i);
    return (
      <Flex gap={8} justify="flex-end" wrap style={{ padding: 8 }}>
        <Select
          aria-label={t("calendar.year")}
          value={year}
          onChange={(y: number) => onChange(value.year(y))}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 100 }}
        />
        {type === "month" ? (
          <Select
            aria-label={t("calendar.month")}
            value={value.month()}
            onChange={(m: number) => onChange(value.month(m))}
            options={Array.from({ length: 12 }, (_, m) => ({ value: m, label: t("calendar.monthN", { n: m + 1 }) }))}
            style={{ width: 120 }}
          />
        ) : null}
        <Radio.Group
          aria-label={t("calendar.view")}
          optionType="button"
          value={type}
          onChange={(e) => onTypeChange(e.target.value)}
          options={[
            { value: "month", label: t("calendar.viewMonth") },
            { value: "year", label: t("calendar.viewYear") },
          ]}
        />
      </Flex>
    );
  };
  return (
    <Calendar
      value={props.value}
      cellRender={cellRender}
      headerRender={headerRender}
      onSelect={(day, info) => props.onSelect(day, info.source)}
    />
  );
}
