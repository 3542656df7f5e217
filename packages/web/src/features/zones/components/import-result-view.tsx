import { Alert, Table } from "antd";
import { ApiError, type ErrorDetail } from "../../../api/api-error";
import type { ImportResult } from "../../../api/zones-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";

export function ImportResultView({ result, error }: { result: ImportResult | undefined; error: unknown }) {
  const { t } = useI18n();
  if (error instanceof ApiError && error.details.length > 0) {
    return (
      <div data-testid="import-errors">
        <Alert type="error" showIcon title={t("zones.import.failed")} description={error.message} style={{ marginBottom: 12 }} />
        <Table<ErrorDetail & { key: number }>
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={error.details.map((d, key) => ({ ...d, key }))}
          columns={[
            { title: t("zones.import.row"), dataIndex: "row", width: 70, render: (row?: number) => row ?? "—" },
            {
              title: t("zones.import.column"),
              dataIndex: "column",
              width: 200,
              render: (column: string | undefined, d) => column ?? d.path,
            },
            { title: t("zones.import.message"), dataIndex: "message" },
          ]}
        />
      </div>
    );
  }
  if (error) return <ErrorAlert error={error} title={t("zones.import.failed")} />;
  if (!result) return null;
  return <Alert type="success" showIcon data-testid="import-done" title={t("zones.import.done", { ...result })} />;
}
