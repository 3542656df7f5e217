import { Layout, Menu, Segmented } from "antd";
import { Link, Outlet, useLocation } from "react-router";
import { useCan, useMe } from "../features/auth/hooks/use-me";
import { NotificationBell } from "../features/notifications/components/notification-bell";
import { useI18n } from "../i18n/i18n-context";
import type { Lang } from "../i18n/translate";
import { useMapConfig } from "../shared/use-reference";
import { navItems, sectionOf } from "./nav-items";
import { UserMenu } from "./user-menu";

export function AppLayout() {
  const { t, lang, setLang } = useI18n();
  const { pathname } = useLocation();
  const attribution = useMapConfig().data?.boundaryAttribution[lang];
  const me = useMe().data;
  const can = useCan();
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header className="app-header">
        <Link to="/zones" className="app-brand">
          <strong>{t("app.name")}</strong>
          <span>{t("app.tagline")}</span>
        </Link>
        <Menu
          mode="horizontal"
          selectedKeys={[sectionOf(pathname)]}
          style={{ flex: 1, minWidth: 0, borderBottom: "none" }}
          items={me ? navItems(can, t) : []}
        />
        {me && can.has("tasks:read") ? <NotificationBell /> : null}
        {me ? <UserMenu me={me} /> : null}
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
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <Outlet />
      </Layout.Content>
      <Layout.Footer style={{ fontSize: 12, color: "#595959", padding: "12px 24px" }}>
        {t("app.name")} · {t("app.tagline")}
        {attribution ? <div>{attribution}</div> : null}
      </Layout.Footer>
    </Layout>
  );
}
