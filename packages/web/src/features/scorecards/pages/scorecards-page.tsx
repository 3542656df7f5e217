import { compareVi } from "@dondoc/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Card, Flex, Space, Switch, Typography } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { listScorecards, scorecardsXlsxUrl, taskKeys } from "../../../api/tasks-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ExportButtons } from "../../../shared/export-buttons";
import { ErrorAlert } from "../../../shared/query-state";
import { todayInVietnam } from "../../../shared/today";
import { PeriodPicker } from "../components/period-picker";
import { ScorecardChart } from "../components/scorecard-chart";
import { ScorecardTable } from "../components/scorecard-table";
import { parsePeriod, periodContaining, periodLabel } from "../scorecard-period";

/** Lead agencies' scorecards for a month, quarter or year (?period=2025, 2025-Q3, 2025-07): a chart and the table. */
export function ScorecardsPage() {
  const { t, lang, date, num } = useI18n();
  const [params, setParams] = useSearchParams();
  const period = parsePeriod(params.get("period")) ?? periodContaining("year", todayInVietnam());
  const [showEmpty, setShowEmpty] = useState(false);
  const range = { from: period.from, to: period.to };
  const query = useQuery({
    queryKey: taskKeys.scorecards(range),
    queryFn: ({ signal }) => listScorecards(range, signal),
    placeholderData: keepPreviousData,
  });
  const items = [...(query.data?.items ?? [])].sort(
    (a, b) =>
      b.tasks.total + b.reports.total - (a.tasks.total + a.reports.total) ||
      b.tasks.overdue - a.tasks.overdue ||
      compareVi(a.agencyName, b.agencyName),
  );
  const shown = showEmpty ? items : items.filter((c) => c.tasks.total > 0 || c.reports.total > 0 || c.tasksOverdueNow > 0);
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t("scorecards.title")}
        </Typography.Title>
        <Space wrap>
          <PeriodPicker period={period} onChange={(next) => setParams({ period: next.value })} />
          <ExportButtons xlsxHref={scorecardsXlsxUrl(range)} testId="scorecards-export" />
        </Space>
      </Flex>
      <Typography.Text type="secondary">{t("scorecards.hint")}</Typography.Text>
      {query.data ? (
        <Typography.Text strong data-testid="scorecards-overdue" data-count={query.data.tasksOverdue}>
          {t("scorecards.overdueSummary", { date: date(query.data.asOf), count: num(query.data.tasksOverdue) })}
          {query.data.tasksOverdueWithoutBody > 0
            ? ` ${t("scorecards.overdueWithoutBody", { count: num(query.data.tasksOverdueWithoutBody) })}`
            : ""}
        </Typography.Text>
      ) : null}
      {query.error ? <ErrorAlert error={query.error} /> : null}
      <Card size="small" title={t("scorecards.chartTitleOf", { period: periodLabel(period, lang) })} loading={query.isPending}>
        <ScorecardChart items={items} />
      </Card>
      <Card
        size="small"
        title={t("scorecards.tableTitle")}
        extra={
          <Space>
            <Switch
              size="small"
              checked={showEmpty}
              onChange={setShowEmpty}
              data-testid="show-empty"
              aria-label={t("scorecards.showEmpty")}
            />
            {t("scorecards.showEmpty")}
          </Space>
        }
      >
        <ScorecardTable items={shown} loading={query.isFetching} />
      </Card>
    </Space>
  );
}
