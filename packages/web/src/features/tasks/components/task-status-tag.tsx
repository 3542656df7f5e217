import type { TaskLine } from "@dondoc/domain";
import { Tag } from "antd";
import { useI18n } from "../../../i18n/i18n-context";
import { statusText, taskStatusColors } from "../task-status-style";

/** The coloured status of one line: red overdue, green done on time, gold done late, blue in progress… */
export function TaskStatusTag({ line }: { line: Pick<TaskLine, "status" | "statusLabel" | "daysLate" | "extended"> }) {
  const i18n = useI18n();
  return (
    <Tag color={taskStatusColors[line.status]} data-status={line.status} data-testid="task-status" style={{ marginInlineEnd: 0 }}>
      {statusText(line, i18n)}
    </Tag>
  );
}
