import { reportSectionLabels, submissionStatusLabels } from "@dondoc/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Breadcrumb, Card, DatePicker, Flex, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { Link, useParams, useSearchParams } from "react-router";
import { useI18n } from "../../../i18n/i18n-context";
import { QueryState } from "../../../shared/query-state";
import { SubmissionStatusTag } from "../components/submission-status-tag";
import { getPeriod, type PeriodReporter, reportingKeys } from "../reporting-api";

/** The consolidator's view of one period: every reporter, its status and what it wrote (?asOf=YYYY-MM-DD for a past date). */
export function PeriodPage() {
  const { t, date, label } = useI18n();
  const { id = "", period = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get("asOf") ?? undefined;
  const query = useQuery({
    queryKey: reportingKeys.period(id, period, asOf),
    queryFn: ({ signal }) => getPeriod(id, period, asOf, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Breadcrumb items={[{ title: <Link to="/reporting">{t("reporting.period.back")}</Link> }, { title: period }]} />
      <QueryState query={query}>
        {(data) => (
          <>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {data.obligation.title}
            </Typography.Title>
            <Typography.Text type="secondary" data-testid="period-sub">
              {t("reporting.period.sub", {
                period: data.period.label,
                from: date(data.period.cutoff.from),
                to: date(data.period.cutoff.to),
                due:
                  data.period.dueDateMovedFrom === null
                    ? date(data.period.dueDate)
                    : t("reporting.period.dueMoved", { due: date(data.period.dueDate), stated: date(data.period.dueDateMovedFrom) }),
                recipient: data.obligation.recipientName,
              })}
            </Typography.Text>
            <Flex wrap gap={8} align="center" justify="space-between">
              <Flex wrap gap={4}>
                {(["on-time", "late", "overdue", "not-due"] as const).map((s) =>
                  data.counts[s] > 0 ? (
                    <span key={s} data-count={s}>
                      <SubmissionStatusTag status={s} /> {data.counts[s]}
                    </span>
                  ) : null,
                )}
              </Flex>
              <Space>
                {t("reporting.period.asOf")}
                <DatePicker
                  format="DD/MM/YYYY"
                  allowClear
                  value={dayjs(data.asOf)}
                  onChange={(d) => setParams(d ? { asOf: d.format("YYYY-MM-DD") } : {})}
                  data-testid="period-asof"
                />
              </Space>
            </Flex>
            <Card size="small">
              <Table<PeriodReporter>
                data-testid="period-reporters"
                rowKey="agencyId"
                size="small"
                dataSource={data.reporters}
                loading={query.isFetching}
                pagination={false}
                scroll={{ x: 900 }}
                onRow={(r) => ({ "data-agency": r.agencyId, "data-status": r.status }) as React.HTMLAttributes<HTMLElement>}
                columns={[
                  {
                    title: t("reporting.col.reporter"),
                    dataIndex: "agencyName",
                    width: 260,
                    render: (name: string, r) => (
                      <>
                        {name} {r.expected ? null : <Tag>{t("reporting.period.notExpected")}</Tag>}
                        {r.reason ? (
                          <div>
                            <Typography.Text type="secondary" data-testid="reporter-reason">
                              {t("reporting.period.askedBecause", { reason: r.reason })}
                            </Typography.Text>
                          </div>
                        ) : null}
                      </>
                    ),
                  },
                  {
                    title: t("reporting.col.status"),
                    key: "status",
                    width: 170,
                    filters: (["on-time", "late", "overdue", "not-due"] as const).map((s) => ({
                      text: label(submissionStatusLabels[s]),
                      value: s,
                    })),
                    onFilter: (value, r) => r.status === value,
                    render: (_, r) => <SubmissionStatusTag status={r.status} />,
                  },
                  { title: t("reporting.col.submittedOn"), dataIndex: "submittedOn", width: 120, render: (d: string | null) => date(d) },
                  {
                    title: t("reporting.col.content"),
                    key: "content",
                    render: (_, r) =>
                      Object.keys(r.sections).length === 0 ? (
                        <Typography.Text type="secondary">{t("reporting.period.nothing")}</Typography.Text>
                      ) : (
                        <Flex vertical gap={4}>
                          {data.obligation.sections
                            .filter((s) => r.sections[s])
                            .map((s) => (
                              <div key={s} data-section={s}>
                                <Typography.Text strong>{label(reportSectionLabels[s])}: </Typography.Text>
                                <Typography.Text style={{ whiteSpace: "pre-wrap" }}>{r.sections[s]}</Typography.Text>
                              </div>
                            ))}
                        </Flex>
                      ),
                  },
                ]}
              />
            </Card>
          </>
        )}
      </QueryState>
    </Space>
  );
}
