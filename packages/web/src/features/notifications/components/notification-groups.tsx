import { formatDateTimeVi, formatDateVi, groupNotifications } from "@dondoc/domain";
import { Badge, Typography } from "antd";
import { Link } from "react-router";
import type { AppNotification } from "../../../api/notifications-api";
import { useI18n } from "../../../i18n/i18n-context";
import { EmailStatusNote } from "./email-status-note";

/** Where a notification leads: its task, a periodic report's page, the enquiries. */
export function targetOf(n: Pick<AppNotification, "taskId" | "link" | "enquiryId">): string | null {
  if (n.taskId) return `/tasks/${encodeURIComponent(n.taskId)}`;
  if (n.link) return n.link;
  if (n.enquiryId) return "/enquiries";
  return null;
}

/**
 * Notifications grouped by task (domain `groupNotifications`): the task's short title (subject and
 * deadline) once, its reminders under it; a click on one marks it read and opens what it is about.
 */
export function NotificationGroups(props: {
  items: AppNotification[];
  digestHour: number;
  onOpen: (n: AppNotification) => void;
  /** the bell's short form: titles only, no e-mail notes */
  compact?: boolean;
  /** the page already says that the server e-mails nothing: no "no-smtp" note on each */
  smtpMissingSaid?: boolean;
}) {
  const { t } = useI18n();
  const groups = groupNotifications(props.items);
  return (
    <ul className="notification-groups" data-testid="notification-groups">
      {groups.map((g) => {
        const title = g.dueDate ? t("notifications.groupDue", { subject: g.subject, date: formatDateVi(g.dueDate) }) : g.subject;
        return (
          <li key={g.key} className="notification-group" data-testid="notification-group" data-task-id={g.taskId ?? undefined}>
            <div className="notification-group-title">
              <Typography.Text strong>{title}</Typography.Text>
              {g.unread > 0 ? <Badge count={g.unread} size="small" title={t("notifications.label", { count: g.unread })} /> : null}
            </div>
            <ul>
              {g.items.map((n) => {
                const to = targetOf(n);
                const text = (
                  <>
                    <span className={n.readAt ? "notification-title" : "notification-title notification-unread"}>{n.title}</span>
                    {props.compact ? null : <span className="notification-body">{n.body}</span>}
                  </>
                );
                return (
                  <li
                    key={n.id}
                    className="notification-item"
                    data-testid="notification"
                    data-kind={n.kind}
                    data-read={n.readAt ? "1" : "0"}
                  >
                    {to ? (
                      <Link to={to} onClick={() => props.onOpen(n)} className="notification-link">
                        {text}
                      </Link>
                    ) : (
                      <button type="button" className="notification-link" onClick={() => props.onOpen(n)}>
                        {text}
                      </button>
                    )}
                    <div className="notification-meta">
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTimeVi(n.createdAt)}
                      </Typography.Text>
                      {props.compact || (props.smtpMissingSaid && n.emailStatus === "no-smtp") ? null : (
                        <EmailStatusNote n={n} digestHour={props.digestHour} />
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
