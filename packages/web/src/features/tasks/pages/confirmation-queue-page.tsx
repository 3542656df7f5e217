import type { TaskEventType } from "@dondoc/domain";
import { formatDateVi } from "@dondoc/domain";
import { Button, Card, Empty, Flex, Space, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import type { QueueItem } from "../../../api/queue-api";
import { useI18n } from "../../../i18n/i18n-context";
import { QueryState } from "../../../shared/query-state";
import { TaskEventModal } from "../components/task-event-modal";
import { useQueue } from "../hooks/use-queue";

/** The office's "Chờ xác nhận": completion reports to confirm or return, extension requests to decide, the longest waiting first. */
export function ConfirmationQueuePage() {
  const { t } = useI18n();
  const query = useQueue();
  const [acting, setActing] = useState<{ item: QueueItem; type: TaskEventType } | null>(null);
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="queue-page">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("queue.title")}
      </Typography.Title>
      <Typography.Text type="secondary">{t("queue.intro")}</Typography.Text>
      <QueryState query={query}>
        {(data) => (
          <Tabs
            defaultActiveKey={data.counts.submissions === 0 && data.counts.extensions > 0 ? "extensions" : "submissions"}
            items={[
              {
                key: "submissions",
                label: <span data-testid="queue-tab-submissions">{t("queue.submissions", { count: data.counts.submissions })}</span>,
                children: (
                  <Items
                    items={data.submissions}
                    empty={t("queue.emptySubmissions")}
                    actions={["confirm", "return"]}
                    onAct={(item, type) => setActing({ item, type })}
                  />
                ),
              },
              {
                key: "extensions",
                label: <span data-testid="queue-tab-extensions">{t("queue.extensions", { count: data.counts.extensions })}</span>,
                children: (
                  <Items
                    items={data.extensions}
                    empty={t("queue.emptyExtensions")}
                    actions={["extension-approve", "extension-reject"]}
                    onAct={(item, type) => setActing({ item, type })}
                  />
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {acting ? (
        <TaskEventModal
          task={{ taskId: acting.item.taskId }}
          occurrenceId={acting.item.occurrenceId}
          type={acting.type}
          onClose={() => setActing(null)}
        />
      ) : null}
    </Space>
  );
}

function Items(props: {
  items: QueueItem[];
  empty: string;
  actions: TaskEventType[];
  onAct: (item: QueueItem, type: TaskEventType) => void;
}) {
  const { t } = useI18n();
  if (props.items.length === 0) return <Empty description={props.empty} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {props.items.map((item) => (
        <Card
          key={item.occurrenceId}
          size="small"
          data-testid="queue-item"
          data-task-id={item.taskId}
          title={
            <Link to={`/tasks/${encodeURIComponent(item.taskId)}`} className="queue-item-title" data-testid="queue-item-link">
              {item.subject}
            </Link>
          }
          extra={
            <Tag color={item.waitingDays >= 3 ? "orange" : "blue"} data-testid="queue-waiting">
              {item.waitingDays === 0
                ? t("queue.waitingToday")
                : item.waitingDays === 1
                  ? t("queue.waitingOneDay")
                  : t("queue.waitingDays", { count: item.waitingDays })}
            </Tag>
          }
        >
          <Space orientation="vertical" size={4} style={{ width: "100%" }}>
            <Typography.Text>
              {item.summary}
              {item.period ? ` (${item.period})` : ""}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t("queue.sentBy", { agency: item.agencyName, name: item.actorName, date: formatDateVi(item.since) })}
            </Typography.Text>
            {item.completedOn ? (
              <Typography.Text>{t("queue.completedOn", { date: formatDateVi(item.completedOn) })}</Typography.Text>
            ) : null}
            {item.newDueDate ? <Typography.Text>{t("queue.newDueDate", { date: formatDateVi(item.newDueDate) })}</Typography.Text> : null}
            {item.dueDate ? (
              <Typography.Text type="secondary">{t("queue.dueDate", { date: formatDateVi(item.dueDate) })}</Typography.Text>
            ) : null}
            {item.text ? <Typography.Paragraph className="queue-item-text">{item.text}</Typography.Paragraph> : null}
            {item.attachments > 0 ? (
              <Typography.Text>
                {item.attachments === 1 ? t("queue.oneFile") : t("queue.files", { count: item.attachments })}
              </Typography.Text>
            ) : null}
            <Flex wrap gap={8} style={{ marginTop: 8 }}>
              {props.actions.map((type, i) => (
                <Button
                  key={type}
                  type={i === 0 ? "primary" : "default"}
                  className="touch-target"
                  onClick={() => props.onAct(item, type)}
                  data-testid={`queue-action-${type}`}
                >
                  {t(`task.action.${type}`)}
                </Button>
              ))}
              <Link to={`/tasks/${encodeURIComponent(item.taskId)}`} className="queue-open">
                {t("queue.open")}
              </Link>
            </Flex>
          </Space>
        </Card>
      ))}
    </Space>
  );
}
