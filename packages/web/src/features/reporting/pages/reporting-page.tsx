import { canSeePeriodSubmissions } from "@dondoc/domain";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Descriptions, Empty, Flex, List, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useI18n } from "../../../i18n/i18n-context";
import { QueryState } from "../../../shared/query-state";
import { actorOf, useMe } from "../../auth/hooks/use-me";
import { SubmissionModal } from "../components/submission-modal";
import { SubmissionStatusTag } from "../components/submission-status-tag";
import { getInbox, type InboxItem, listObligations, reportingKeys } from "../reporting-api";

/** "Báo cáo định kỳ": the agency's periods to report (with the form), and the consolidation of the obligations it receives. */
export function ReportingPage() {
  const { t } = useI18n();
  const me = useMe().data;
  const actor = me ? actorOf(me) : null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("reporting.title")}
      </Typography.Title>
      <Typography.Text type="secondary">{t("reporting.hint")}</Typography.Text>
      {actor?.agencyId ? <InboxCard /> : null}
      <ObligationsCard canSee={(o) => actor !== null && canSeePeriodSubmissions(actor, o)} />
    </Space>
  );
}

function DueHint({ item }: { item: InboxItem }) {
  const { t } = useI18n();
  if (item.status !== "not-due" && item.status !== "overdue") return null;
  const text =
    item.daysToDue > 0
      ? t("reporting.daysLeft", { n: item.daysToDue })
      : item.daysToDue === 0
        ? t("reporting.dueToday")
        : t("reporting.daysLate", { n: -item.daysToDue });
  return <Typography.Text type={item.daysToDue < 0 ? "danger" : "secondary"}> ({text})</Typography.Text>;
}

function InboxCard() {
  const { t, date } = useI18n();
  const query = useQuery({ queryKey: reportingKeys.inbox, queryFn: ({ signal }) => getInbox(signal) });
  const [open, setOpen] = useState<InboxItem | null>(null);
  return (
    <Card size="small" title={t("reporting.inbox.title")}>
      <QueryState query={query}>
        {(inbox) => (
          <>
            <Table<InboxItem>
              data-testid="reporting-inbox"
              rowKey={(i) => `${i.obligationId}|${i.period}`}
              size="small"
              dataSource={inbox.items}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 1000 }}
              locale={{ emptyText: t("reporting.inbox.empty") }}
              onRow={(i) => ({ "data-obligation": i.obligationId, "data-period": i.period }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                {
                  title: t("reporting.col.obligation"),
                  dataIndex: "title",
                  width: 340,
                  render: (title: string, i) => (
                    <>
                      {title}
                      <div>
                        <Typography.Text type="secondary">{t("reporting.period.askedBecause", { reason: i.reason })}</Typography.Text>
                      </div>
                    </>
                  ),
                },
                { title: t("reporting.col.period"), dataIndex: "label", width: 150 },
                {
                  title: t("reporting.col.cutoff"),
                  key: "cutoff",
                  width: 190,
                  render: (_, i) => `${date(i.cutoff.from)} – ${date(i.cutoff.to)}`,
                },
                {
                  title: t("reporting.col.due"),
                  key: "due",
                  width: 190,
                  render: (_, i) => (
                    <>
                      {i.dueDateMovedFrom === null
                        ? date(i.dueDate)
                        : t("reporting.period.dueMoved", { due: date(i.dueDate), stated: date(i.dueDateMovedFrom) })}
                      <DueHint item={i} />
                    </>
                  ),
                },
                {
                  title: t("reporting.col.status"),
                  key: "status",
                  width: 170,
                  render: (_, i) => (
                    <Space orientation="vertical" size={0}>
                      <SubmissionStatusTag status={i.status} />
                      {i.submittedOn ? <Typography.Text type="secondary">{date(i.submittedOn)}</Typography.Text> : null}
                    </Space>
                  ),
                },
                {
                  title: "",
                  key: "action",
                  width: 120,
                  render: (_, i) => (
                    <Button
                      size="small"
                      type={i.submittedOn ? "default" : "primary"}
                      data-testid={`submit-${i.obligationId}-${i.period}`}
                      disabled={i.cutoff.from > inbox.asOf}
                      onClick={() => setOpen(i)}
                    >
                      {i.submittedOn ? t("reporting.resubmit") : t("reporting.submit")}
                    </Button>
                  ),
                },
              ]}
            />
            {open ? <SubmissionModal item={open} projects={inbox.projects} onClose={() => setOpen(null)} /> : null}
          </>
        )}
      </QueryState>
    </Card>
  );
}

function ObligationsCard({ canSee }: { canSee: (o: { recipientAgencyId: string }) => boolean }) {
  const { t } = useI18n();
  const query = useQuery({ queryKey: reportingKeys.obligations, queryFn: ({ signal }) => listObligations(signal) });
  const mine = (query.data?.items ?? []).filter(canSee);
  // an agency that receives no report has nothing to consolidate: no card at all
  if (query.data && mine.length === 0) return null;
  return (
    <Card size="small" title={t("reporting.obligations.title")}>
      <Typography.Paragraph type="secondary">{t("reporting.obligations.hint")}</Typography.Paragraph>
      <QueryState query={query}>
        {() => {
          if (mine.length === 0) return <Empty description={t("reporting.obligations.none")} />;
          return (
            <List
              data-testid="obligations"
              dataSource={mine}
              renderItem={(o) => (
                <List.Item key={o.id} data-obligation={o.id}>
                  <Flex vertical gap={4} style={{ width: "100%" }}>
                    <Typography.Text strong>
                      {o.title} <Tag>{o.frequencyLabel}</Tag>
                    </Typography.Text>
                    <Descriptions
                      size="small"
                      column={1}
                      items={[
                        { key: "to", label: t("reporting.col.recipient"), children: o.recipientName },
                        {
                          key: "who",
                          label: t("reporting.col.reporter"),
                          children: (
                            <>
                              {`${o.reporterText} (${o.reporterCount})`}
                              {o.reporters.length > 0 ? (
                                <details data-testid={`reporters-${o.id}`}>
                                  <summary>{t("reporting.obligations.whoAndWhy", { count: o.reporters.length })}</summary>
                                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                                    {o.reporters.map((r) => (
                                      <li key={r.agencyId} data-agency={r.agencyId}>
                                        {r.name} <Typography.Text type="secondary">— {r.reason}</Typography.Text>
                                      </li>
                                    ))}
                                  </ul>
                                </details>
                              ) : null}
                            </>
                          ),
                        },
                        {
                          key: "due",
                          label: t("reporting.col.due"),
                          children: (
                            <>
                              {o.deadlineText}
                              {o.deadline.inferred ? (
                                <Typography.Text type="secondary">
                                  {" "}
                                  — {t("reporting.obligations.inferred", { why: o.deadline.inferred })}
                                </Typography.Text>
                              ) : null}
                            </>
                          ),
                        },
                      ]}
                    />
                    <Flex wrap gap={6} align="center">
                      <Typography.Text type="secondary">{t("reporting.obligations.periods")}:</Typography.Text>
                      {o.recentPeriods.slice(0, 8).map((p) => (
                        <Link key={p.period} to={`/reporting/${o.id}/${p.period}`} data-testid={`period-link-${o.id}-${p.period}`}>
                          <Tag>{p.label}</Tag>
                        </Link>
                      ))}
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t("reporting.obligations.basis", { basis: o.legalBasis })}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          );
        }}
      </QueryState>
    </Card>
  );
}
