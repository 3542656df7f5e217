import type { TaskLine } from "@dondoc/domain";
import { Card, Table } from "antd";
import { useI18n } from "../../../i18n/i18n-context";
import { TaskDueCell } from "./task-due-cell";
import { TaskStatusTag } from "./task-status-tag";

/** The periods of a recurring task (or its milestones); a click chooses the one to report on. */
export function TaskOccurrencesTable(props: { lines: TaskLine[]; selectedId: number; onSelect: (occurrenceId: number) => void }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t("task.occurrences", { count: props.lines.length })}>
      <Table<TaskLine>
        data-testid="task-occurrences"
        rowKey="occurrenceId"
        size="small"
        dataSource={props.lines}
        pagination={false}
        rowSelection={{
          type: "radio",
          selectedRowKeys: [props.selectedId],
          onChange: (keys) => props.onSelect(Number(keys[0])),
          columnTitle: "",
        }}
        onRow={(line) => ({ onClick: () => props.onSelect(line.occurrenceId), style: { cursor: "pointer" } })}
        columns={[
          { title: t("task.field.period"), key: "period", render: (_, line) => line.occurrence.label },
          { title: t("task.col.due"), key: "due", render: (_, line) => <TaskDueCell line={line} showPeriod={false} /> },
          { title: t("task.col.status"), key: "status", render: (_, line) => <TaskStatusTag line={line} /> },
        ]}
      />
    </Card>
  );
}
