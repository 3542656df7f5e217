import type { TaskLine } from "@dondoc/domain";
import { Typography } from "antd";
import { useI18n } from "../../../i18n/i18n-context";

/** The deadline of a line: the period or rule, the due date, and the original date when it was extended. */
export function TaskDueCell({ line, showPeriod = true }: { line: TaskLine; showPeriod?: boolean }) {
  const { t, date } = useI18n();
  const changed = line.extended && line.originalDueDate && line.originalDueDate !== line.effectiveDueDate;
  return (
    <div>
      <div>{line.effectiveDueDate ? date(line.effectiveDueDate) : t("task.noDueDate")}</div>
      {changed ? (
        <Typography.Text type="secondary" delete style={{ fontSize: 12 }}>
          {date(line.originalDueDate)}
        </Typography.Text>
      ) : null}
      {line.occurrence.kind === "once" || !showPeriod ? null : (
        <Typography.Text type="secondary" style={{ fontSize: 12, display: "block" }}>
          {line.occurrence.label}
        </Typography.Text>
      )}
    </div>
  );
}
