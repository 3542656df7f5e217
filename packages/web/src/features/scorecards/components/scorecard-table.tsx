import { compareVi } from "@dondoc/domain";
import { Table, type TableColumnType } from "antd";
import type { Scorecard } from "../../../api/tasks-api";
import { useI18n } from "../../../i18n/i18n-context";

type Count = "total" | "due" | "doneOnTime" | "doneLate" | "inProgress" | "overdue" | "extended" | "extensionRequested";
const counts: Count[] = ["total", "due", "doneOnTime", "doneLate", "inProgress", "overdue", "extended", "extensionRequested"];

/** The counts and rates of each lead agency in the period (LEGAL-NOTES §5.2), sortable by any column. */
export function ScorecardTable({ items, loading }: { items: Scorecard[]; loading: boolean }) {
  const { t, pct } = useI18n();
  const countColumn = (key: Count): TableColumnType<Scorecard> => ({
    title: t(`scorecards.col.${key}`),
    dataIndex: key,
    align: "right",
    width: 84,
    sorter: (a, b) => a[key] - b[key],
    render: (value: number) => <span data-col={key}>{value}</span>,
  });
  const rateColumn = (key: "completionRate" | "overdueRate"): TableColumnType<Scorecard> => ({
    title: t(`scorecards.col.${key}`),
    dataIndex: key,
    align: "right",
    width: 96,
    sorter: (a, b) => (a[key] ?? -1) - (b[key] ?? -1),
    render: (value: number | null) => <span data-col={key}>{pct(value)}</span>,
  });
  return (
    <Table<Scorecard>
      data-testid="scorecard-table"
      rowKey="agency"
      size="small"
      loading={loading}
      dataSource={items}
      pagination={false}
      scroll={{ x: 1100 }}
      onRow={(card) => ({ "data-agency": card.agency }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t("scorecards.empty") }}
      columns={[
        {
          title: t("scorecards.col.agency"),
          dataIndex: "agencyName",
          fixed: "left",
          width: 250,
          sorter: (a, b) => compareVi(a.agencyName, b.agencyName),
        },
        ...counts.map(countColumn),
        rateColumn("completionRate"),
        rateColumn("overdueRate"),
      ]}
    />
  );
}
