import { changePasswordInput } from "@dondoc/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Input } from "antd";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { changePassword } from "../../../api/auth-api";
import { safeNext } from "../../../app/require-auth";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";
import { zodFieldRule } from "../../../shared/zod-field-rule";
import { useMe } from "../hooks/use-me";

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const queryClient = useQueryClient();
  const me = useMe();
  const mutation = useMutation({
    mutationFn: ({ currentPassword, newPassword }: Values) => changePassword({ currentPassword, newPassword }),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      void message.success(t("auth.changed"));
      void navigate(next, { replace: true });
    },
  });
  if (me.data === null) return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;

  return (
    <Card title={t("auth.changePassword")} style={{ maxWidth: 460, margin: "48px auto" }} data-testid="change-password">
      {me.data?.mustChangePassword ? <Alert type="warning" showIcon title={t("auth.mustChange")} style={{ marginBottom: 12 }} /> : null}
      {mutation.error ? <ErrorAlert error={mutation.error} /> : null}
      <Form<Values> layout="vertical" name="password" onFinish={(values) => mutation.mutate(values)}>
        <Form.Item
          name="currentPassword"
          label={t("auth.currentPassword")}
          rules={[zodFieldRule(changePasswordInput.shape.currentPassword)]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t("auth.newPassword")} rules={[zodFieldRule(changePasswordInput.shape.newPassword)]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t("auth.confirmPassword")}
          dependencies={["newPassword"]}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value) => {
                if (value !== getFieldValue("newPassword")) throw new Error(t("auth.mismatch"));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
          {t("auth.changePassword")}
        </Button>
      </Form>
    </Card>
  );
}
