import { compareVi } from "@dondoc/domain";
import { Table, type TableColumnType } from "antd";
import type { Scorecard } from "../../../api/tasks-api";
import { useI18n } from "../../../i18n/i18n-context";

type Part = "tasks" | "reports";
type Count = "total" | "doneOnTime" | "doneLate" | "inProgress" | "overdue";
type Rate = "onTimeRate" | "completionRate";
// extensions stay in the API's tallies; the table keeps to what a leader compares, so that it fits a desk's screen
const taskCounts: Count[] = ["total", "doneOnTime", "doneLate", "inProgress", "overdue"];
const reportCounts: Count[] = ["total", "doneOnTime", "doneLate", "overdue", "inProgress"];

/**
 * Each body's tasks and report submissions in the period (LEGAL-NOTES §5.2) as two groups of
 * columns, each with its own on-time rate, and its tasks overdue on the date whatever their due
 * date (the dashboard's count). Sortable by any column.
 */
export function ScorecardTable({ items, loading }: { items: Scorecard[]; loading: boolean }) {
  const { t, pct } = useI18n();
  // the task columns keep their plain names (data-col="overdue"); the reports' are prefixed (data-col="reports.overdue")
  const col = (part: Part, key: Count | Rate) => (part === "tasks" ? key : `${part}.${key}`);
  const countColumn = (part: Part, key: Count, title: string): TableColumnType<Scorecard> => ({
    title,
    key: col(part, key),
    align: "right",
    width: 72,
    sorter: (a, b) => a[part][key] - b[part][key],
    render: (_, c) => <span data-col={col(part, key)}>{c[part][key]}</span>,
  });
  const rateColumn = (part: Part, key: Rate): TableColumnType<Scorecard> => ({
    title: t(`scorecards.col.${key}`),
    key: col(part, key),
    align: "right",
    width: 84,
    sorter: (a, b) => (a[part][key] ?? -1) - (b[part][key] ?? -1),
    render: (_, c) => <span data-col={col(part, key)}>{pct(c[part][key])}</span>,
  });
  return (
    <Table<Scorecard>
      data-testid="scorecard-table"
      rowKey="agency"
      size="small"
      bordered
      loading={loading}
      dataSource={items}
      pagination={false}
      scroll={{ x: 1220 }}
      onRow={(card) => ({ "data-agency": card.agency }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t("scorecards.empty") }}
      columns={[
        {
          title: t("scorecards.col.agency"),
          dataIndex: "agencyName",
          fixed: "left",
          width: 170,
          sorter: (a, b) => compareVi(a.agencyName, b.agencyName),
        },
        {
          title: <span data-testid="group-tasks">{t("scorecards.group.tasks")}</span>,
          children: [
            ...taskCounts.map((k) => countColumn("tasks", k, t(`scorecards.col.${k}`))),
            rateColumn("tasks", "onTimeRate"),
            rateColumn("tasks", "completionRate"),
          ],
        },
        {
          title: t("scorecards.col.overdueNow"),
          key: "tasksOverdueNow",
          align: "right",
          width: 110,
          sorter: (a, b) => a.tasksOverdueNow - b.tasksOverdueNow,
          render: (_, c) => <span data-col="tasksOverdueNow">{c.tasksOverdueNow}</span>,
        },
        {
          title: <span data-testid="group-reports">{t("scorecards.group.reports")}</span>,
          children: [
            ...reportCounts.map((k) => countColumn("reports", k, t(`scorecards.reportCol.${k}`))),
            rateColumn("reports", "onTimeRate"),
          ],
        },
      ]}
    />
  );
}
