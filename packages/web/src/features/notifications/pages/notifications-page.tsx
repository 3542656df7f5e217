import { type NotificationCategory, notificationCategoryNames } from "@dondoc/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Checkbox, Empty, Flex, Pagination, Select, Space, Typography } from "antd";
import { useSearchParams } from "react-router";
import {
  type AppNotification,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  notificationKeys,
} from "../../../api/notifications-api";
import { useI18n } from "../../../i18n/i18n-context";
import { QueryState } from "../../../shared/query-state";
import { useCan } from "../../auth/hooks/use-me";
import { NotificationGroups } from "../components/notification-groups";

/** Every notification of the account's agency, grouped by task, with filters (kind, unread) in the address and "mark all read". */
export function NotificationsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const category = notificationCategoryNames.find((c) => c === params.get("category"));
  const unread = params.get("unread") === "1";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const filter = { category, unread, page };
  const query = useQuery({ queryKey: notificationKeys.list(filter), queryFn: ({ signal }) => listNotifications(filter, signal) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const read = useMutation({ mutationFn: markNotificationRead, onSettled: refresh });
  const readAll = useMutation({
    mutationFn: () => markAllNotificationsRead(category),
    onSuccess: (r) => void message.success(t("notifications.markedAll", { count: r.read })),
    onSettled: refresh,
  });
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    if (!("page" in changes)) next.delete("page");
    setParams(next, { replace: true });
  };
  const categories = notificationCategoryNames.filter((c) => c !== "security" || can.has("users:manage"));
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="notifications-page">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("notifications.page")}
      </Typography.Title>
      <Flex wrap gap={12} align="center">
        <Select<NotificationCategory | "all">
          aria-label={t("notifications.page")}
          data-testid="notification-category"
          value={category ?? "all"}
          onChange={(v) => set({ category: v === "all" ? null : v })}
          style={{ minWidth: 200 }}
          options={[
            { value: "all", label: t("notifications.all") },
            ...categories.map((c) => ({ value: c, label: t(`notifications.category.${c}`) })),
          ]}
        />
        <Checkbox checked={unread} onChange={(e) => set({ unread: e.target.checked ? "1" : null })} data-testid="notification-unread">
          {t("notifications.unreadOnly")}
        </Checkbox>
        <Button
          onClick={() => readAll.mutate()}
          disabled={(query.data?.unread ?? 0) === 0}
          loading={readAll.isPending}
          data-testid="notifications-mark-all"
        >
          {t("notifications.markAll")}
        </Button>
      </Flex>
      <QueryState query={query}>
        {(data) => (
          <Space orientation="vertical" size="small" style={{ width: "100%" }}>
            {data.email.smtp ? (
              <Typography.Text type="secondary">{t("notifications.digestInfo", { hour: data.email.digestHour })}</Typography.Text>
            ) : (
              <Alert type="warning" showIcon title={t("notifications.noSmtp")} data-testid="notifications-no-smtp" />
            )}
            <Typography.Text data-testid="notifications-total">
              {t("notifications.total", { count: data.total, unread: data.unread })}
            </Typography.Text>
            {data.items.length === 0 ? (
              <Empty description={t("notifications.empty")} />
            ) : (
              <NotificationGroups
                items={data.items}
                digestHour={data.email.digestHour}
                smtpMissingSaid={!data.email.smtp}
                onOpen={(n: AppNotification) => {
                  if (!n.readAt) read.mutate(n.id);
                }}
              />
            )}
            {data.total > data.pageSize ? (
              <Pagination
                simple
                current={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onChange={(p) => set({ page: String(p) })}
              />
            ) : null}
          </Space>
        )}
      </QueryState>
    </Space>
  );
}
