import { describeRule, type TaskLine } from "@dondoc/domain";
import { Card, Descriptions, type DescriptionsProps, Typography } from "antd";
import { Link } from "react-router";
import type { TaskDetail } from "../../../api/tasks-api";
import { useI18n } from "../../../i18n/i18n-context";
import { assigneeNames } from "../task-status-style";
import { TaskDueCell } from "./task-due-cell";
import { TaskStatusTag } from "./task-status-tag";

/** What the task is: the assignment, who leads and coordinates, the deadline rule and the chosen occurrence's state. */
export function TaskFactsCard({ task, line }: { task: TaskDetail; line: TaskLine }) {
  const { t, date } = useI18n();
  const none = t("common.none");
  const progress = line.lastProgress;
  const items: DescriptionsProps["items"] = [
    {
      key: "document",
      label: t("task.field.document"),
      children: (
        <Link to={`/documents/${encodeURIComponent(task.document.id)}`} data-testid="task-document">
          {task.document.label}
        </Link>
      ),
    },
    { key: "leads", label: t("task.field.leads"), children: assigneeNames(task.leads) || none },
    { key: "coordinators", label: t("task.field.coordinators"), children: assigneeNames(task.coordinators) || none },
    {
      key: "rule",
      label: t("task.field.rule"),
      children: (
        <>
          {task.ruleLabel}
          {task.deadlineText ? <Typography.Text type="secondary">{` (“${task.deadlineText}”)`}</Typography.Text> : null}
        </>
      ),
    },
    ...(task.milestones.length > 0
      ? [
          {
            key: "milestones",
            label: t("task.field.milestones"),
            children: (
              <ul className="plain-list">
                {task.milestones.map((m) => (
                  <li key={m.what}>{`${m.what}: ${describeRule(m.deadline)}`}</li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
    ...(line.occurrence.kind === "once" ? [] : [{ key: "period", label: t("task.field.period"), children: line.occurrence.label }]),
    { key: "due", label: t("task.field.due"), children: <TaskDueCell line={line} showPeriod={false} /> },
    { key: "status", label: t("task.field.status"), children: <TaskStatusTag line={line} /> },
    {
      key: "progress",
      label: t("task.field.lastProgress"),
      children: progress
        ? [progress.percent !== null ? `${progress.percent}%` : null, date(progress.on), progress.text].filter(Boolean).join(" · ")
        : none,
    },
  ];
  return (
    <Card size="small" title={t("task.facts")} data-testid="task-facts">
      <Descriptions column={1} size="small" bordered items={items} styles={{ label: { width: 190 } }} />
      {task.sourceQuote ? (
        <blockquote className="source-quote" data-testid="task-quote">
          {task.sourceQuote}
        </blockquote>
      ) : null}
    </Card>
  );
}
