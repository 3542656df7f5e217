import type { TaskLine } from "@dondoc/domain";
import { Flex, Space, Table, type TableProps, Tag, Typography } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../i18n/i18n-context";
import { usePhone } from "../../../shared/use-phone";
import { assigneeNames } from "../task-status-style";
import { TaskDueCell } from "./task-due-cell";
import { TaskStatusTag } from "./task-status-tag";

export function taskPath(line: Pick<TaskLine, "taskId" | "occurrenceId">): string {
  return `/tasks/${encodeURIComponent(line.taskId)}?occurrence=${line.occurrenceId}`;
}

/**
 * A list of task lines (one per occurrence) with their deadline, status and last progress. On a
 * phone (usePhone) each line is one cell read top to bottom — the task, who leads it, the deadline
 * and the status side by side, the last progress — instead of five columns scrolled sideways.
 */
export function TaskTable(props: {
  lines: TaskLine[];
  loading?: boolean;
  showDocument?: boolean;
  showLeads?: boolean;
  pageSize?: number;
  testId?: string;
}) {
  const { t } = useI18n();
  const phone = usePhone();
  const leads = props.showLeads !== false;
  const columns: TableProps<TaskLine>["columns"] = phone
    ? [
        {
          title: t("task.col.task"),
          key: "task",
          render: (_, line) => (
            <div>
              <TaskCell line={line} showDocument={props.showDocument} />
              {leads ? (
                <div style={{ marginTop: 4 }}>
                  <span className="phone-list-field">{t("task.col.leads")}: </span>
                  {assigneeNames(line.leads)}
                </div>
              ) : null}
              <Flex justify="space-between" align="flex-start" gap={8} wrap style={{ marginTop: 4 }}>
                <span>
                  <span className="phone-list-field">{t("task.col.due")}: </span>
                  <TaskDueCell line={line} />
                </span>
                <StatusCell line={line} />
              </Flex>
              {line.lastProgress ? (
                <div style={{ marginTop: 4 }}>
                  <span className="phone-list-field">{t("task.col.progress")}: </span>
                  <ProgressCell line={line} />
                </div>
              ) : null}
            </div>
          ),
        },
      ]
    : [
        { title: t("task.col.task"), key: "task", render: (_, line) => <TaskCell line={line} showDocument={props.showDocument} /> },
        ...(leads
          ? [{ title: t("task.col.leads"), key: "leads", width: 220, render: (_: unknown, line: TaskLine) => assigneeNames(line.leads) }]
          : []),
        { title: t("task.col.due"), key: "due", width: 170, render: (_, line) => <TaskDueCell line={line} /> },
        { title: t("task.col.status"), key: "status", width: 200, render: (_, line) => <StatusCell line={line} /> },
        {
          title: t("task.col.progress"),
          key: "progress",
          width: 120,
          render: (_, line) => (line.lastProgress ? <ProgressCell line={line} /> : "—"),
        },
      ];
  return (
    <Table<TaskLine>
      data-testid={props.testId ?? "task-table"}
      className={phone ? "phone-table" : undefined}
      showHeader={!phone}
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

function TaskCell({ line, showDocument }: { line: TaskLine; showDocument?: boolean }) {
  return (
    <div>
      <Link to={taskPath(line)} data-testid="task-link">
        {line.summary}
      </Link>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: "block" }}>
        {line.subject}
        {showDocument ? (
          <>
            {" · "}
            <Link to={`/documents/${encodeURIComponent(line.document.id)}`}>{line.document.label}</Link>
          </>
        ) : null}
      </Typography.Text>
    </div>
  );
}

function StatusCell({ line }: { line: TaskLine }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={2}>
      <TaskStatusTag line={line} />
      {line.pendingSubmission ? <Tag color="orange">{t("task.pendingSubmission")}</Tag> : null}
      {line.pendingExtension ? <Tag color="purple">{t("task.pendingExtension")}</Tag> : null}
    </Space>
  );
}

function ProgressCell({ line }: { line: TaskLine }) {
  const { date } = useI18n();
  if (!line.lastProgress) return null;
  return (
    <span>
      {line.lastProgress.percent !== null ? `${line.lastProgress.percent}%` : "—"}
      <Typography.Text type="secondary" style={{ fontSize: 12, display: "block" }}>
        {date(line.lastProgress.on)}
      </Typography.Text>
    </span>
  );
}
