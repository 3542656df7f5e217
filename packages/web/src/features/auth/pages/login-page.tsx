import { loginInput } from "@dondoc/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { ApiError } from "../../../api/api-error";
import { authKeys, login } from "../../../api/auth-api";
import { safeNext } from "../../../app/require-auth";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";
import { zodFieldRule } from "../../../shared/zod-field-rule";
import { useMe } from "../hooks/use-me";

export function LoginPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const queryClient = useQueryClient();
  const me = useMe();
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (account) => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, account);
      void navigate(account.mustChangePassword ? `/account/password?next=${encodeURIComponent(next)}` : next, { replace: true });
    },
  });
  if (me.data && !mutation.isPending && !mutation.isSuccess) return <Navigate to={next} replace />;

  return (
    <Card title={t("auth.login.title")} style={{ maxWidth: 420, margin: "48px auto" }} data-testid="login">
      <Typography.Paragraph type="secondary">{t("auth.login.intro")}</Typography.Paragraph>
      {mutation.error ? <LoginError error={mutation.error} /> : null}
      <Form
        layout="vertical"
        name="login"
        data-enter-submits
        onFinish={(values: { username: string; password: string }) => mutation.mutate(values)}
        style={{ marginTop: 12 }}
      >
        <Form.Item name="username" label={t("auth.username")} rules={[zodFieldRule(loginInput.shape.username)]}>
          <Input autoComplete="username" autoFocus data-testid="login-username" />
        </Form.Item>
        <Form.Item name="password" label={t("auth.password")} rules={[zodFieldRule(loginInput.shape.password)]}>
          <Input.Password autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={mutation.isPending} data-testid="login-submit">
          {t("auth.login.submit")}
        </Button>
      </Form>
    </Card>
  );
}

/**
 * A refused sign-in speaks of the name and password (or the lock), not of "data not loaded" with a
 * request id; anything else (network, server) is shown as any other error.
 */
function LoginError({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
    return (
      <Alert type="error" showIcon role="alert" title={t("auth.login.failed")} description={error.message} data-testid="login-error" />
    );
  }
  return <ErrorAlert error={error} />;
}
