import { BellOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Button, Empty, Grid, Popover } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import {
  type AppNotification,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  notificationKeys,
} from "../../../api/notifications-api";
import { useI18n } from "../../../i18n/i18n-context";
import { NotificationGroups } from "./notification-groups";

const EVERY_MINUTE = 60_000;
const SHOWN = 20;

/**
 * The bell in the header with the unread count. On a desk it opens the newest notifications grouped
 * by task, "mark all read" and a link to the full list; on a phone (below lg) it opens the list's
 * page itself, which fits the screen where a pop-over would not.
 */
export function NotificationBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const desktop = Grid.useBreakpoint().lg ?? true;
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const query = useQuery({
    queryKey: notificationKeys.list({}),
    queryFn: ({ signal }) => listNotifications({}, signal),
    refetchInterval: EVERY_MINUTE,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const read = useMutation({ mutationFn: markNotificationRead, onSettled: refresh });
  const readAll = useMutation({ mutationFn: () => markAllNotificationsRead(), onSettled: refresh });
  const openOne = (n: AppNotification) => {
    if (!n.readAt) read.mutate(n.id);
    setOpen(false);
  };
  const unread = query.data?.unread ?? 0;
  const items = (query.data?.items ?? []).slice(0, SHOWN);
  const content = (
    <div className="notification-popover" data-testid="notification-list">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("notifications.empty")} />
      ) : (
        <NotificationGroups items={items} digestHour={query.data?.email.digestHour ?? 7} onOpen={openOne} compact />
      )}
      <div className="notification-popover-footer">
        <Button
          size="small"
          onClick={() => readAll.mutate()}
          disabled={unread === 0}
          loading={readAll.isPending}
          data-testid="bell-mark-all"
        >
          {t("notifications.markAll")}
        </Button>
        <Link to="/notifications" onClick={() => setOpen(false)} data-testid="bell-see-all">
          {t("notifications.seeAll")}
        </Link>
      </div>
    </div>
  );
  const bell = (
    <Button
      type="text"
      aria-label={t("notifications.label", { count: unread })}
      data-testid="notification-bell"
      className="touch-target"
      onClick={desktop ? undefined : () => void navigate("/notifications")}
      icon={
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      }
    />
  );
  if (!desktop) return bell;
  return (
    <Popover trigger="click" placement="bottomRight" title={t("notifications.title")} content={content} open={open} onOpenChange={setOpen}>
      {bell}
    </Popover>
  );
}
