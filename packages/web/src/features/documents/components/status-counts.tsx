import { type TaskLine, type TaskStatus, taskStatuses } from "@dondoc/domain";
import { Tag } from "antd";
import { useI18n } from "../../../i18n/i18n-context";
import { taskStatusColors } from "../../tasks/task-status-style";

/** "3 quá hạn · 5 đang thực hiện …": how a document's (or meeting's) tasks stand, one tag per status present. */
export function StatusCounts({ lines }: { lines: readonly TaskLine[] }) {
  const { t } = useI18n();
  const counts = new Map<TaskStatus, number>();
  for (const line of lines) counts.set(line.status, (counts.get(line.status) ?? 0) + 1);
  return (
    <span data-testid="status-counts">
      {taskStatuses
        .filter((s) => counts.has(s))
        .map((s) => (
          <Tag key={s} color={taskStatusColors[s]} style={{ fontWeight: "normal" }}>
            {`${counts.get(s)} ${t(`task.status.${s}`).toLowerCase()}`}
          </Tag>
        ))}
    </span>
  );
}
