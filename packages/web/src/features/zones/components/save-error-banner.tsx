import { ReloadOutlined } from "@ant-design/icons";
import { Alert, Button } from "antd";
import { useI18n } from "../../../i18n/i18n-context";
import type { SaveErrorView } from "../save-error";

/** Above the form: the 409 conflict with its reload action, or the save's general messages. */
export function SaveErrorBanner({ view, notice, onReload }: { view: SaveErrorView; notice: string | null; onReload?: () => void }) {
  const { t } = useI18n();
  if (view.conflict) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="save-conflict"
        title={t("form.conflict.title")}
        description={view.conflict}
        action={
          onReload ? (
            <Button icon={<ReloadOutlined />} onClick={onReload} data-testid="conflict-reload">
              {t("form.conflict.reload")}
            </Button>
          ) : null
        }
      />
    );
  }
  if (view.messages.length > 0) {
    const [first, ...rest] = view.messages;
    return (
      <Alert
        type="error"
        showIcon
        data-testid="save-error"
        title={first}
        description={
          rest.length > 0 ? (
            <ul className="plain-list">
              {rest.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : undefined
        }
      />
    );
  }
  if (notice) return <Alert type="info" showIcon title={notice} data-testid="save-notice" />;
  return null;
}
