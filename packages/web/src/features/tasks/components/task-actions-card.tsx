import type { TaskEventType, TaskLine } from "@dondoc/domain";
import { Alert, Button, Card, Flex, Typography } from "antd";
import { useState } from "react";
import type { TaskDetail } from "../../../api/tasks-api";
import { useI18n } from "../../../i18n/i18n-context";
import { actorOf, useMe } from "../../auth/hooks/use-me";
import { taskActions } from "../task-actions";
import { TaskEventModal } from "./task-event-modal";

const danger: TaskEventType[] = ["return", "extension-reject", "cancel"];
const primary: TaskEventType[] = ["submit", "confirm", "extension-approve"];

/** The buttons the account may use on the chosen occurrence; each opens its form. */
export function TaskActionsCard({ task, line }: { task: TaskDetail; line: TaskLine }) {
  const { t } = useI18n();
  const me = useMe().data;
  const [open, setOpen] = useState<TaskEventType | null>(null);
  const actions = me ? taskActions(actorOf(me), line) : [];
  const waiting = [
    line.pendingSubmission ? t("task.waiting.submission") : null,
    line.pendingExtension ? t("task.waiting.extension") : null,
  ];
  return (
    <Card size="small" title={t("task.actions")} data-testid="task-actions">
      {waiting.filter(Boolean).map((text) => (
        <Alert key={text} type="warning" showIcon title={text} style={{ marginBottom: 8 }} />
      ))}
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{t("task.actions.none")}</Typography.Text>
      ) : (
        <Flex wrap gap={8}>
          {actions.map((type) => (
            <Button
              key={type}
              type={primary.includes(type) ? "primary" : "default"}
              danger={danger.includes(type)}
              onClick={() => setOpen(type)}
              data-testid={`action-${type}`}
            >
              {t(`task.action.${type}`)}
            </Button>
          ))}
        </Flex>
      )}
      {open ? <TaskEventModal task={task} occurrenceId={line.occurrenceId} type={open} onClose={() => setOpen(null)} /> : null}
    </Card>
  );
}
