import { Alert, Button, Modal, Typography } from "antd";
import { useI18n } from "../../../i18n/i18n-context";

/** The one-time password, shown once with a copy button; the server never shows it again. */
export function OneTimePasswordModal(props: { username: string; password: string | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal
      open={props.password !== null}
      title={t("users.otp.title", { username: props.username })}
      onCancel={props.onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={props.onClose} data-testid="otp-close">
          {t("users.otp.done")}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t("users.otp.once")} style={{ marginBottom: 16 }} />
      <Typography.Paragraph>{t("users.otp.hint")}</Typography.Paragraph>
      <Typography.Paragraph
        copyable={{ text: props.password ?? "", tooltips: [t("users.otp.copy"), t("users.otp.copied")] }}
        code
        style={{ fontSize: 20 }}
      >
        <span data-testid="one-time-password">{props.password}</span>
      </Typography.Paragraph>
    </Modal>
  );
}
