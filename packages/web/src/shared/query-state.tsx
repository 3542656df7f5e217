import { Alert, Button, Spin } from "antd";
import type { ReactNode } from "react";
import { ApiError } from "../api/api-error";
import { useI18n } from "../i18n/i18n-context";

/** Loading spinner, or the server's message with a retry button, or the content. */
export function QueryState<T>(props: {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = props.query;
  if (data !== undefined) return <>{props.children(data)}</>;
  if (error) return <ErrorAlert error={error} action={<Button onClick={() => refetch()}>{t("app.retry")}</Button>} />;
  if (isPending)
    return (
      <Spin description={t("app.loading")} data-testid="loading">
        <div style={{ minHeight: 120 }} />
      </Spin>
    );
  return null;
}

export function ErrorAlert({ error, action, title }: { error: unknown; action?: ReactNode; title?: string }) {
  const { t } = useI18n();
  const apiError = error instanceof ApiError ? error : null;
  const message =
    apiError?.code === "network" ? t("app.network") : (apiError?.message ?? (error instanceof Error ? error.message : String(error)));
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? t("app.error")}
      description={
        <>
          <div>{message}</div>
          {apiError?.requestId ? <small>{t("app.requestId", { id: apiError.requestId })}</small> : null}
        </>
      }
      action={action}
    />
  );
}
