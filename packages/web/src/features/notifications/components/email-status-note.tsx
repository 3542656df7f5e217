import { CheckOutlined, ClockCircleOutlined, WarningOutlined } from "@ant-design/icons";
import { isReminderKind } from "@dondoc/domain";
import { Typography } from "antd";
import type { AppNotification } from "../../../api/notifications-api";
import { useI18n } from "../../../i18n/i18n-context";

/** Says whether a notification was e-mailed, and why not when it was not (no SMTP_URL, no address, a refusal). */
export function EmailStatusNote({ n, digestHour }: { n: Pick<AppNotification, "kind" | "emailStatus">; digestHour: number }) {
  const { t } = useI18n();
  if (!n.emailStatus) return null;
  if (n.emailStatus === "sent")
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="email-status" data-status="sent">
        <CheckOutlined /> {t("notifications.email.sent")}
      </Typography.Text>
    );
  if (n.emailStatus === "pending")
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="email-status" data-status="pending">
        <ClockCircleOutlined />{" "}
        {isReminderKind(n.kind) ? t("notifications.email.pending.digest", { hour: digestHour }) : t("notifications.email.pending")}
      </Typography.Text>
    );
  return (
    <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="email-status" data-status={n.emailStatus}>
      <WarningOutlined /> {t(`notifications.email.${n.emailStatus}`)}
    </Typography.Text>
  );
}
