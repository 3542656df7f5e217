import { Button, Result } from "antd";
import { useNavigate } from "react-router";
import { useI18n } from "../i18n/i18n-context";

export function NotFoundPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t("app.notFound")}
      extra={<Button onClick={() => navigate("/zones")}>{t("app.backHome")}</Button>}
    />
  );
}
