import type { TaskLine } from "@dondoc/domain";
import { Space, Table, type TableProps, Tag, Typography } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../i18n/i18n-context";
import { assigneeNames } from "../task-status-style";
import { TaskDueCell } from "./task-due-cell";
import { TaskStatusTag } from "./task-status-tag";

export function taskPath(line: Pick<TaskLine, "taskId" | "occurrenceId">): string {
  return `/tasks/${encodeURIComponent(line.taskId)}?occurrence=${line.occurrenceId}`;
}

/** A list of task lines (one per occurrence) with their deadline, status and last progress. */
export function TaskTable(props: {
  lines: TaskLine[];
  loading?: boolean;
  showDocument?: boolean;
  showLeads?: boolean;
  pageSize?: number;
  testId?: string;
}) {
  const { t, date } = useI18n();
  const columns: TableProps<TaskLine>["columns"] = [
    {
      title: t("task.col.task"),
      key: "task",
      render: (_, line) => (
        <div>
          <Link to={taskPath(line)} data-testid="task-link">
            {line.summary}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: "block" }}>
            {line.subject}
            {props.showDocument ? (
              <>
                {" · "}
                <Link to={`/documents/${encodeURIComponent(line.document.id)}`}>{line.document.label}</Link>
              </>
            ) : null}
          </Typography.Text>
        </div>
      ),
    },
    ...(props.showLeads === false
      ? []
      : [{ title: t("task.col.leads"), key: "leads", width: 220, render: (_: unknown, line: TaskLine) => assigneeNames(line.leads) }]),
    { title: t("task.col.due"), key: "due", width: 170, render: (_, line) => <TaskDueCell line={line} /> },
    {
      title: t("task.col.status"),
      key: "status",
      width: 200,
      render: (_, line) => (
        <Space orientation="vertical" size={2}>
          <TaskStatusTag line={line} />
          {line.pendingSubmission ? <Tag color="orange">{t("task.pendingSubmission")}</Tag> : null}
          {line.pendingExtension ? <Tag color="purple">{t("task.pendingExtension")}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t("task.col.progress"),
      key: "progress",
      width: 120,
      render: (_, line) =>
        line.lastProgress ? (
          <span>
            {line.lastProgress.percent !== null ? `${line.lastProgress.percent}%` : "—"}
            <Typography.Text type="secondary" style={{ fontSize: 12, display: "block" }}>
              {date(line.lastProgress.on)}
            </Typography.Text>
          </span>
        ) : (
          "—"
        ),
    },
  ];
  return (
    <Table<TaskLine>
      data-testid={props.testId ?? "task-table"}
      rowKey="occurrenceId"
      size="middle"
      loading={props.loading}
      columns={columns}
      dataSource={props.lines}
      onRow={(line) => ({ "data-task-id": line.taskId, "data-status": line.status }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t("task.empty") }}
      pagination={{ pageSize: props.pageSize ?? 20, hideOnSinglePage: true, showSizeChanger: false }}
    />
  );
}
