import { BellOutlined } from "@ant-design/icons";
import { formatDateTimeVi } from "@dondoc/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Button, Empty, List, Popover, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { type AppNotification, listNotifications, markNotificationRead, notificationKeys } from "../../../api/notifications-api";
import { useI18n } from "../../../i18n/i18n-context";

const EVERY_MINUTE = 60_000;

/** The bell in the header: reminders for the account's agency, the unread count on it; a click opens the task. */
export function NotificationBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const query = useQuery({
    queryKey: notificationKeys.all,
    queryFn: ({ signal }) => listNotifications(signal),
    refetchInterval: EVERY_MINUTE,
  });
  const read = useMutation({
    mutationFn: markNotificationRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
  const openOne = (n: AppNotification) => {
    if (!n.readAt) read.mutate(n.id);
    setOpen(false);
    if (n.taskId) void navigate(`/tasks/${encodeURIComponent(n.taskId)}`);
    else if (n.link) void navigate(n.link);
  };
  const unread = query.data?.unread ?? 0;
  const content = (
    <div style={{ width: "min(380px, calc(100vw - 48px))", maxHeight: 420, overflowY: "auto" }} data-testid="notification-list">
      {(query.data?.items ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("notifications.empty")} />
      ) : (
        <List
          size="small"
          dataSource={query.data?.items ?? []}
          renderItem={(n) => (
            <List.Item key={n.id} onClick={() => openOne(n)} style={{ cursor: "pointer", opacity: n.readAt ? 0.6 : 1 }}>
              <div>
                <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                <div style={{ fontSize: 12 }}>{n.body}</div>
                <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                  {formatDateTimeVi(n.createdAt)}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
    </div>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t("notifications.title")} content={content} open={open} onOpenChange={setOpen}>
      <Button
        type="text"
        aria-label={t("notifications.label", { count: unread })}
        data-testid="notification-bell"
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
