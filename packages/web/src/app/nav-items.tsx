import { Badge, type MenuProps } from "antd";
import { Link } from "react-router";
import type { Can } from "../features/auth/hooks/use-me";
import type { I18n } from "../i18n/i18n-context";

type Item = NonNullable<MenuProps["items"]>[number];

/** The first segment of the path → the menu key it highlights (a task's page lights "tasks"). */
export function sectionOf(pathname: string): string {
  const first = pathname.split("/")[1] || "zones";
  return first === "documents" || first === "meetings" ? "tasks" : first;
}

const link = (key: string, to: string, text: string): Item => ({
  key,
  label: (
    <Link to={to} data-testid={`nav-${key}`}>
      {text}
    </Link>
  ),
});

/**
 * The menu, showing only what the account's role may open (the server refuses the rest anyway).
 * `queueCount`: what waits in the office's "Chờ xác nhận" (GET /api/queue's counts), as a badge.
 */
export function navItems(can: Can, t: I18n["t"], queueCount = 0): Item[] {
  const items: Item[] = [];
  // follow-up first: the part of the product people open every day, never folded into "…" on a narrow screen
  if (can.has("tasks:read")) {
    const follow: Item[] = [];
    // the office's daily work: what waits for its confirmation or decision
    if (can.has("tasks:manage"))
      follow.push({
        key: "queue",
        label: (
          <Link to="/queue" data-testid="nav-queue" aria-label={queueCount > 0 ? t("nav.queueCount", { count: queueCount }) : undefined}>
            {t("nav.queue")}{" "}
            {queueCount > 0 ? <Badge count={queueCount} size="small" overflowCount={99} data-testid="nav-queue-count" /> : null}
          </Link>
        ),
      });
    // the leaders' dashboard opens the follow-up group: figures first, each leading to its list
    if (can.has("reports:read")) follow.push(link("dashboard", "/dashboard", t("nav.dashboard")));
    follow.push(link("tasks", "/tasks", t(can.seesAllTasks ? "nav.tasks" : "nav.myTasks")));
    if (can.seesAllTasks) follow.push(link("board", "/board", t("nav.board")));
    follow.push(link("scorecards", "/scorecards", t("nav.scorecards")), link("calendar", "/calendar", t("nav.calendar")));
    follow.push(link("reporting", "/reporting", t("nav.reporting")));
    if (can.has("reports:read")) follow.push(link("reports", "/reports", t("nav.reports")));
    if (can.has("tasks:manage")) follow.push(link("reader", "/reader", t("nav.reader")));
    // investors' enquiries are work to answer too; a top-level item would push "Quản trị" into the overflow menu
    if (can.has("enquiries:answer")) follow.push(link("enquiries", "/enquiries", t("nav.enquiries")));
    // on a desk the group is a drop-down: its title carries the queue's count too
    items.push({
      key: "follow-up",
      label: (
        <span data-testid="nav-follow-up">
          {t("nav.followUp")}
          {queueCount > 0 ? <Badge count={queueCount} size="small" overflowCount={99} style={{ marginLeft: 6 }} /> : null}
        </span>
      ),
      children: follow,
    });
  }
  if (can.has("registry:read"))
    items.push(link("zones", "/zones", t("nav.zones")), link("map", "/map", t("nav.map")), link("units", "/units", t("nav.units")));
  const admin: Item[] = [];
  if (can.has("users:manage")) admin.push(link("users", "/users", t("nav.users")));
  if (can.has("audit:read")) admin.push(link("audit", "/audit", t("nav.audit")));
  if (admin.length > 0) items.push({ key: "admin", label: <span data-testid="nav-admin">{t("nav.admin")}</span>, children: admin });
  return items;
}
