import { PaperClipOutlined } from "@ant-design/icons";
import type { TaskEventType } from "@dondoc/domain";
import { formatDateTimeVi } from "@dondoc/domain";
import { Card, Empty, Tag, Timeline, Typography } from "antd";
import { attachmentUrl, type TaskDetail, type TimelineEvent } from "../../../api/tasks-api";
import { useI18n } from "../../../i18n/i18n-context";

const eventColors: Record<TaskEventType, string> = {
  progress: "blue",
  submit: "orange",
  confirm: "green",
  return: "red",
  "extension-request": "purple",
  "extension-approve": "green",
  "extension-reject": "red",
  cancel: "gray",
};

/** Reports and decisions, oldest first, with who, when, the dates they carry and their attachments. */
export function TaskTimeline({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const periods = new Map(task.occurrences.map((o) => [o.occurrenceId, o.occurrence.label]));
  const several = task.occurrences.length > 1;
  return (
    <Card title={t("task.timeline")} size="small" data-testid="task-timeline">
      {task.timeline.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("task.timeline.empty")} />
      ) : (
        <Timeline
          items={task.timeline.map((event) => ({
            key: event.id,
            color: eventColors[event.type],
            content: <TimelineEntry event={event} period={several ? (periods.get(event.occurrenceId) ?? null) : null} />,
          }))}
        />
      )}
    </Card>
  );
}

function TimelineEntry({ event, period }: { event: TimelineEvent; period: string | null }) {
  const { t, date, num } = useI18n();
  return (
    <div data-testid="timeline-event" data-type={event.type}>
      <div>
        <Typography.Text strong>{t(`task.event.${event.type}`)}</Typography.Text>
        {period ? <Tag style={{ marginInlineStart: 8 }}>{period}</Tag> : null}
        {event.percent !== null && event.type === "progress" ? (
          <Tag color="processing" style={{ marginInlineStart: 8 }}>{`${num(event.percent, 0)}%`}</Tag>
        ) : null}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("task.event.by", { name: event.actorName, at: formatDateTimeVi(event.at) })}
      </Typography.Text>
      {event.completedOn ? <div>{t("task.event.completedOn", { date: date(event.completedOn) })}</div> : null}
      {event.newDueDate ? <div>{t("task.event.newDueDate", { date: date(event.newDueDate) })}</div> : null}
      {event.text ? <Typography.Paragraph style={{ margin: "4px 0", whiteSpace: "pre-wrap" }}>{event.text}</Typography.Paragraph> : null}
      {event.attachments.length > 0 ? (
        <ul className="plain-list">
          {event.attachments.map((file) => (
            <li key={file.id}>
              <a href={attachmentUrl(file.id)} download={file.filename} data-testid="attachment-link">
                <PaperClipOutlined /> {file.filename}
              </a>{" "}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                ({num(file.size / 1024, 1)} KB)
              </Typography.Text>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
