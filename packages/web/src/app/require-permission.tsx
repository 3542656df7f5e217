import type { Permission } from "@dondoc/domain";
import { Button, Result } from "antd";
import { Outlet, useNavigate } from "react-router";
import { useCan } from "../features/auth/hooks/use-me";
import { useI18n } from "../i18n/i18n-context";

/** Pages for some roles only: others see a plain "not allowed" (the server would refuse their requests anyway). */
export function RequirePermission({ permission }: { permission: Permission }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const can = useCan();
  if (can.has(permission)) return <Outlet />;
  return (
    <Result
      status="403"
      title="403"
      subTitle={t("app.forbidden")}
      extra={<Button onClick={() => navigate("/zones")}>{t("app.backHome")}</Button>}
      data-testid="forbidden"
    />
  );
}
