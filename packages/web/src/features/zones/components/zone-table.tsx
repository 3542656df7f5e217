import type { ZoneFilter, ZoneList, ZoneSummary } from "@dondoc/domain";
import { Table, type TableProps, Typography } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../i18n/i18n-context";
import { StageTag } from "../../../shared/stage-tag";

type SortKey = ZoneFilter["sort"];
const numeric = { align: "right" as const, width: 100 };

export function ZoneTable(props: {
  filter: ZoneFilter;
  data: ZoneList | undefined;
  loading: boolean;
  onChange: (change: Partial<ZoneFilter>) => void;
}) {
  const { t, num, pct } = useI18n();
  const { filter } = props;
  const sortOrder = (key: SortKey): "ascend" | "descend" | null =>
    filter.sort === key ? (filter.order === "asc" ? "ascend" : "descend") : null;
  const sortable = (key: SortKey) => ({
    key,
    sorter: true,
    sortOrder: sortOrder(key),
    sortDirections: ["ascend" as const, "descend" as const],
  });

  const columns: TableProps<ZoneSummary>["columns"] = [
    {
      title: t("zones.col.name"),
      dataIndex: "name",
      width: 220,
      ...sortable("name"),
      render: (_, z) => (
        <Link to={`/zones/${encodeURIComponent(z.id)}`} data-testid="zone-link">
          {z.name}
        </Link>
      ),
    },
    { title: t("zones.col.kind"), dataIndex: "kind", width: 60 },
    { title: t("zones.col.stage"), dataIndex: "stage", width: 178, ...sortable("stage"), render: (_, z) => <StageTag stage={z.stage} /> },
    { title: t("zones.col.phase"), dataIndex: "phase", width: 96, render: (_, z) => (z.phase ? t(`phase.short.${z.phase}`) : "—") },
    {
      title: t("zones.col.location"),
      key: "location",
      render: (_, z) => (
        <>
          <Typography.Text type="secondary">{z.formerDistrict?.name ?? "—"}</Typography.Text>
          {" → "}
          {z.communes.length > 0 ? z.communes.map((c) => c.name).join(", ") : "—"}
        </>
      ),
    },
    { title: t("zones.col.area"), dataIndex: "areaHa", ...numeric, ...sortable("areaHa"), render: (_, z) => num(z.areaHa) },
    {
      title: t("zones.col.investment"),
      dataIndex: "totalInvestmentMillionVnd",
      ...numeric,
      width: 140,
      ...sortable("totalInvestmentMillionVnd"),
      render: (_, z) => num(z.totalInvestmentMillionVnd, 0),
    },
    { title: t("zones.col.occupancy"), dataIndex: "occupancy", ...numeric, ...sortable("occupancy"), render: (_, z) => pct(z.occupancy) },
  ];

  const onChange: TableProps<ZoneSummary>["onChange"] = (pagination, _filters, sorter, extra) => {
    if (extra.action === "sort") {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const sort = s?.order ? (s.columnKey as SortKey) : "name";
      props.onChange({ sort, order: s?.order === "descend" ? "desc" : "asc" });
    } else if (extra.action === "paginate") {
      props.onChange({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? filter.pageSize });
    }
  };

  return (
    <Table<ZoneSummary>
      data-testid="zone-table"
      rowKey="id"
      size="middle"
      loading={props.loading}
      columns={columns}
      dataSource={props.data?.items ?? []}
      onChange={onChange}
      locale={{ emptyText: t("zones.empty") }}
      scroll={{ x: 1150 }}
      pagination={{
        current: filter.page,
        pageSize: filter.pageSize,
        total: props.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (total, [from, to]) => t("zones.pagination", { from, to, total }),
      }}
    />
  );
}
