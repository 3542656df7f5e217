import { MenuOutlined } from "@ant-design/icons";
import { Badge, Button, Drawer, Grid, Layout, Menu, Segmented } from "antd";
import { useCallback, useEffect, useRef, useState } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { useCan, useMe } from "../features/auth/hooks/use-me";
import { NotificationBell } from "../features/notifications/components/notification-bell";
import { useQueue } from "../features/tasks/hooks/use-queue";
import { useI18n } from "../i18n/i18n-context";
import type { Lang } from "../i18n/translate";
import { useNoEnterSubmit } from "../shared/use-no-enter-submit";
import { useMapConfig } from "../shared/use-reference";
import { useScrollableRegions } from "../shared/use-scrollable-regions";
import { landingPath } from "./landing";
import { navItems, sectionOf } from "./nav-items";
import { UserMenu } from "./user-menu";

/**
 * The frame of every page. From the desktop breakpoint (lg, 992 px) the menu is a horizontal bar;
 * below it a menu button opens a drawer holding the same menu and the language switch, so that the
 * header fits a 360 px phone.
 */
const documentBody = () => document.body;

export function AppLayout() {
  const { t, lang, setLang } = useI18n();
  const { pathname } = useLocation();
  const attribution = useMapConfig().data?.boundaryAttribution[lang];
  const me = useMe().data;
  const can = useCan();
  const screens = Grid.useBreakpoint();
  // before the first measure useBreakpoint is empty: assume a desk, as before
  const desktop = screens.lg ?? true;
  const [drawer, setDrawer] = useState(false);
  // a link followed in the drawer closes it
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes on every navigation
  useEffect(() => setDrawer(false), [pathname]);
  // the office's queue count, the same answer as the queue page's
  const queue = useQueue(Boolean(me) && can.has("tasks:manage"));
  const queueCount = queue.data?.counts.total ?? 0;
  const items = me ? navItems(can, t, queueCount) : [];
  const content = useRef<HTMLElement>(null);
  // the whole document: modals and drawers render their forms outside the content box, in portals
  useNoEnterSubmit(documentBody);
  useScrollableRegions(
    useCallback(() => content.current, []),
    t("layout.scrollBox"),
  );
  const language = (
    <Segmented<Lang>
      aria-label={t("lang.label")}
      data-testid="lang-toggle"
      value={lang}
      onChange={setLang}
      options={[
        { value: "vi", label: "Tiếng Việt" },
        { value: "en", label: "English" },
      ]}
    />
  );
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header className={desktop ? "app-header" : "app-header app-header-compact"}>
        {!desktop && me ? (
          <Button
            type="text"
            icon={
              <Badge dot={queueCount > 0} offset={[2, 0]}>
                <MenuOutlined />
              </Badge>
            }
            aria-label={queueCount > 0 ? `${t("nav.open")} (${t("nav.queueCount", { count: queueCount })})` : t("nav.open")}
            data-testid="menu-button"
            className="touch-target"
            onClick={() => setDrawer(true)}
          />
        ) : null}
        <Link to={me ? landingPath(can) : "/login"} className="app-brand">
          <strong>{t("app.name")}</strong>
          {desktop ? <span>{t("app.tagline")}</span> : null}
        </Link>
        {desktop ? (
          <Menu
            mode="horizontal"
            data-testid="main-menu"
            selectedKeys={[sectionOf(pathname)]}
            style={{ flex: 1, minWidth: 0, borderBottom: "none" }}
            items={items}
          />
        ) : (
          <span style={{ flex: 1 }} />
        )}
        {me && can.has("tasks:read") ? <NotificationBell /> : null}
        {me ? <UserMenu me={me} compact={!desktop} /> : null}
        {desktop || !me ? language : null}
      </Layout.Header>
      {!desktop && me ? (
        <Drawer
          open={drawer}
          onClose={() => setDrawer(false)}
          placement="left"
          width={300}
          title={t("nav.title")}
          rootClassName="nav-drawer"
        >
          <div data-testid="nav-drawer">
            <Menu mode="inline" selectedKeys={[sectionOf(pathname)]} defaultOpenKeys={["follow-up", "admin"]} items={items} />
            <div style={{ padding: "16px 24px" }}>{language}</div>
          </div>
        </Drawer>
      ) : null}
      <Layout.Content className="app-content" ref={content}>
        <Outlet />
      </Layout.Content>
      <Layout.Footer style={{ fontSize: 12, color: "#595959", padding: "12px 24px" }}>
        {t("app.name")} · {t("app.tagline")}
        {attribution ? <div>{attribution}</div> : null}
      </Layout.Footer>
    </Layout>
  );
}
