import { PlusOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Button, Flex, Space, Typography } from "antd";
import { useNavigate } from "react-router";
import { listZones, zoneKeys } from "../../../api/zones-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert } from "../../../shared/query-state";
import { useCan } from "../../auth/hooks/use-me";
import { ZoneExcelActions } from "../components/zone-excel-actions";
import { ZoneFiltersBar } from "../components/zone-filters-bar";
import { ZoneSummaryLine } from "../components/zone-summary-line";
import { ZoneTable } from "../components/zone-table";
import { useZoneFilter } from "../hooks/use-zone-filter";

export function ZoneListPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const can = useCan();
  const [filter, update] = useZoneFilter();
  const query = useQuery({
    queryKey: zoneKeys.list(filter),
    queryFn: ({ signal }) => listZones(filter, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t("zones.title")}
        </Typography.Title>
        <Space wrap>
          <ZoneExcelActions filter={filter} canImport={can.createZones} />
          {can.createZones ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/zones/new")} data-testid="zone-new">
              {t("zones.new")}
            </Button>
          ) : null}
        </Space>
      </Flex>
      <ZoneFiltersBar filter={filter} onChange={update} />
      {query.error ? <ErrorAlert error={query.error} action={<Button onClick={() => query.refetch()}>{t("app.retry")}</Button>} /> : null}
      {query.data ? <ZoneSummaryLine totals={query.data.totals} /> : null}
      <ZoneTable filter={filter} data={query.data} loading={query.isFetching} onChange={update} />
    </Space>
  );
}
