import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Space, Typography } from "antd";
import { useMemo, useState } from "react";
import { type AuditFilter, auditKeys, listAudit } from "../../../api/audit-api";
import { listUsers, userKeys } from "../../../api/users-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";
import { useNames, useZoneNameMap } from "../../../shared/use-reference";
import { useCan } from "../../auth/hooks/use-me";
import { AuditFiltersBar } from "../components/audit-filters-bar";
import { AuditTable } from "../components/audit-table";

/** The append-only audit log (admins and the office): who changed what, when, from what to what. */
export function AuditPage() {
  const { t } = useI18n();
  const can = useCan();
  const [filter, setFilter] = useState<AuditFilter>({ page: 1, pageSize: 50 });
  const query = useQuery({
    queryKey: auditKeys.list(filter),
    queryFn: ({ signal }) => listAudit(filter, signal),
    placeholderData: keepPreviousData,
  });
  const users = useQuery({ queryKey: userKeys.all, queryFn: ({ signal }) => listUsers(signal), enabled: can.has("users:manage") });
  const agencyNames = useNames();
  const zoneNames = useZoneNameMap();
  const names = useMemo(() => {
    const all = new Map([...agencyNames, ...zoneNames]);
    for (const u of users.data?.items ?? []) all.set(u.id, `${u.name} (${u.username})`);
    return all;
  }, [agencyNames, zoneNames, users.data]);
  const actors = (users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.username})` }));
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("audit.title")}
      </Typography.Title>
      <Typography.Text type="secondary">{t("audit.hint")}</Typography.Text>
      <AuditFiltersBar filter={filter} actors={actors} onChange={(change) => setFilter((f) => ({ ...f, ...change, page: 1 }))} />
      {query.error ? <ErrorAlert error={query.error} /> : null}
      <AuditTable
        items={query.data?.items ?? []}
        total={query.data?.total ?? 0}
        loading={query.isFetching}
        filter={filter}
        names={names}
        onPage={(page, pageSize) => setFilter((f) => ({ ...f, page, pageSize }))}
      />
    </Space>
  );
}
