import {
  addDays,
  type MilestoneKind,
  milestoneLabels,
  type SubmissionStatus,
  submissionStatuses,
  submissionStatusLabels,
  type TaskStatus,
  taskStatuses,
  type ZoneStage,
  zoneStageLabels,
} from "@dondoc/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Card, Col, DatePicker, Flex, Row, Space, Statistic, Tag, Typography } from "antd";
import dayjs from "dayjs";
import type { ReactNode } from "react";
import { Link, useSearchParams } from "react-router";
import { type Dashboard, dashboardKeys, dashboardXlsxUrl, getDashboard } from "../../../api/dashboard-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ExportButtons } from "../../../shared/export-buttons";
import { QueryState } from "../../../shared/query-state";
import { todayInVietnam, todayInVietnamDay } from "../../../shared/today";
import { taskStatusHex } from "../../tasks/task-status-style";
import { BarChart, type ChartBar } from "../components/bar-chart";
import { cardTitle, DLink, listStyle, tone } from "../components/card-bits";
import { ClearanceCard } from "../components/clearance-card";
import { TargetsCard } from "../components/targets-card";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const stageColors: Record<string, string> = {
  planned: "#bfbfbf",
  "inviting-investors": "#91caff",
  established: "#4096ff",
  "detailed-plan-approved": "#1677ff",
  "construction-started": "#0958d9",
  "wastewater-done": "#13c2c2",
  operating: "#389e0d",
  expanded: "#237804",
  removed: "#8c8c8c",
};

const submissionTone: Record<SubmissionStatus, keyof typeof tone> = {
  "on-time": "good",
  late: "late",
  "not-due": "neutral",
  overdue: "bad",
};

/**
 * The leaders' dashboard: clusters by stage, occupancy against the plan's targets, tasks by status
 * and overdue tasks by agency, land clearance, targets against actual, this period's reports and
 * what changed since a chosen date (?since=YYYY-MM-DD, 30 days ago by default). Every figure is a
 * link to the list behind it.
 */
export function DashboardPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const raw = params.get("since");
  const since = raw && ISO_DATE.test(raw) ? raw : addDays(todayInVietnam(), -30);
  const query = useQuery({
    queryKey: dashboardKeys.of(since),
    queryFn: ({ signal }) => getDashboard(since, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t("dashboard.title")}
        </Typography.Title>
        <Space wrap>
          <label htmlFor="dashboard-since">{t("dashboard.since")}</label>
          <DatePicker
            id="dashboard-since"
            data-testid="dashboard-since"
            format="DD/MM/YYYY"
            allowClear={false}
            value={dayjs(since)}
            disabledDate={(d) => d.isAfter(todayInVietnamDay(), "day")}
            onChange={(value) => value && setParams({ since: value.format("YYYY-MM-DD") })}
          />
          <ExportButtons xlsxHref={dashboardXlsxUrl(since)} testId="dashboard-export" />
        </Space>
      </Flex>
      <QueryState query={query}>{(data) => <DashboardBody data={data} />}</QueryState>
    </Space>
  );
}

function DashboardBody({ data }: { data: Dashboard }) {
  const { t, num, date } = useI18n();
  const overdue = data.tasks.byStatus.overdue ?? 0;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="dashboard">
      <Typography.Text style={{ color: "#595959" }}>{t("dashboard.asOf", { date: date(data.asOf) })}</Typography.Text>
      <Row gutter={[16, 16]}>
        <Kpi title={t("dashboard.kpi.clusters")} value={num(data.zones.clusters)} link={data.zones.link} testId="kpi-clusters" />
        <Kpi
          title={t("dashboard.kpi.area")}
          value={num(data.zones.areaHa)}
          link={data.zones.link}
          testId="kpi-area"
          note={data.zones.planAreaHa === null ? undefined : t("dashboard.kpi.planArea", { area: num(data.zones.planAreaHa) })}
        />
        <Kpi
          title={t("dashboard.kpi.overdue")}
          value={num(overdue)}
          link={data.tasks.links.overdue}
          testId="kpi-overdue"
          danger={overdue > 0}
        />
        <Kpi
          title={t("dashboard.kpi.lateMilestones")}
          value={num(data.lateMilestones.count)}
          testId="kpi-late-milestones"
          danger={data.lateMilestones.count > 0}
        />
      </Row>
      {data.zones.industrialZones > 0 ? (
        <Typography.Text style={{ color: "#595959" }}>
          {t("dashboard.kpi.industrialZones", { count: num(data.zones.industrialZones), area: num(data.zones.industrialZonesAreaHa) })}
        </Typography.Text>
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <StageCard data={data} />
        </Col>
        <Col xs={24} xl={12}>
          <TasksCard data={data} />
        </Col>
        <Col xs={24} xl={12}>
          <OccupancyCard data={data} />
        </Col>
        <Col xs={24} xl={12}>
          <OverdueCard data={data} />
        </Col>
        <Col xs={24}>
          <TargetsCard data={data} />
        </Col>
        <Col xs={24} xl={12}>
          <ClearanceCard data={data} />
        </Col>
        <Col xs={24} xl={12}>
          <MilestonesCard data={data} />
        </Col>
        <Col xs={24} xl={12}>
          <SubmissionsCard data={data} />
        </Col>
        <Col xs={24} xl={12}>
          <ChangedCard data={data} />
        </Col>
      </Row>
    </Space>
  );
}

function Kpi({
  title,
  value,
  link,
  testId,
  danger,
  note,
}: {
  title: string;
  value: string;
  link?: string;
  testId: string;
  danger?: boolean;
  note?: string;
}) {
  const shown = (
    <Statistic title={title} value={value} styles={{ title: { color: "#595959" }, content: danger ? { color: "#cf1322" } : undefined }} />
  );
  return (
    <Col xs={12} lg={6}>
      <Card size="small" data-testid={testId}>
        {link ? (
          <Link to={link} style={{ color: "inherit", display: "block" }}>
            {shown}
          </Link>
        ) : (
          shown
        )}
        {note ? <Typography.Text style={{ fontSize: 12, color: "#595959" }}>{note}</Typography.Text> : null}
      </Card>
    </Col>
  );
}

function StageCard({ data }: { data: Dashboard }) {
  const { t, num, label, lang } = useI18n();
  const bars: ChartBar[] = data.zones.byStage.map((s) => ({
    key: s.stage,
    // Vietnamese: the server's label (with the expansions it counts); English: the stage's English name
    label: lang === "vi" ? s.label : label(zoneStageLabels[s.stage as ZoneStage] ?? { vi: s.label, en: s.label }),
    value: s.count,
    display: t("dashboard.stage.value", { count: num(s.count), area: num(s.areaHa) }),
    link: s.link,
    color: stageColors[s.stage],
  }));
  return (
    <Card size="small" title={<h2 style={cardTitle}>{t("dashboard.stage.title")}</h2>} style={{ height: "100%" }}>
      <BarChart bars={bars} title={t("dashboard.stage.aria")} testId="chart-stage" empty={t("dashboard.occupancy.empty")} />
    </Card>
  );
}

function TasksCard({ data }: { data: Dashboard }) {
  const { t, num } = useI18n();
  const bars: ChartBar[] = taskStatuses
    .filter((s) => (data.tasks.byStatus[s] ?? 0) > 0)
    .map((s: TaskStatus) => ({
      key: s,
      label: t(`task.status.${s}`),
      value: data.tasks.byStatus[s] ?? 0,
      display: num(data.tasks.byStatus[s] ?? 0),
      link: data.tasks.links[s],
      color: taskStatusHex[s],
    }));
  return (
    <Card size="small" title={<h2 style={cardTitle}>{t("dashboard.tasks.title")}</h2>} style={{ height: "100%" }}>
      <BarChart bars={bars} title={t("dashboard.tasks.aria")} testId="chart-tasks" empty={t("dashboard.overdue.empty")} />
    </Card>
  );
}

const occupancyColours = ["#d48806", "#7cb305", "#389e0d"];

function OccupancyCard({ data }: { data: Dashboard }) {
  const { t, pct } = useI18n();
  const shown = data.occupancy;
  const bars: ChartBar[] = shown.map((z) => ({
    key: z.id,
    label: z.name,
    value: z.occupancy ?? 0,
    display: pct(z.occupancy),
    link: z.link,
    // darker green for each of the plan's occupancy targets (from the API) the cluster is above
    color: occupancyColours[data.occupancyTargets.filter((target) => (z.occupancy ?? 0) > target).length] ?? "#389e0d",
  }));
  const more = data.occupancyCount - shown.length;
  return (
    <Card size="small" title={<h2 style={cardTitle}>{t("dashboard.occupancy.title")}</h2>} style={{ height: "100%" }}>
      <Typography.Paragraph style={{ fontSize: 12, color: "#595959" }}>{t("dashboard.occupancy.hint")}</Typography.Paragraph>
      <BarChart
        bars={bars}
        title={t("dashboard.occupancy.aria")}
        testId="chart-occupancy"
        max={1}
        targets={data.occupancyTargets.map((v) => ({ value: v, label: pct(v) }))}
        empty={t("dashboard.occupancy.empty")}
      />
      {more > 0 ? <DLink to={data.occupancyLink}>{t("dashboard.occupancy.more", { count: more })}</DLink> : null}
    </Card>
  );
}

function OverdueCard({ data }: { data: Dashboard }) {
  const { t, num } = useI18n();
  const bars: ChartBar[] = data.overdueByAgency.slice(0, 15).map((r) => ({
    key: r.agencyId ?? r.agency,
    label: r.agency,
    value: r.count,
    display: num(r.count),
    link: r.link,
    color: taskStatusHex.overdue,
  }));
  return (
    <Card size="small" title={<h2 style={cardTitle}>{t("dashboard.overdue.title")}</h2>} style={{ height: "100%" }}>
      <BarChart bars={bars} title={t("dashboard.overdue.aria")} testId="chart-overdue" empty={t("dashboard.overdue.empty")} />
    </Card>
  );
}

function MilestonesCard({ data }: { data: Dashboard }) {
  const { t, num, date, label } = useI18n();
  return (
    <Card
      size="small"
      title={<h2 style={cardTitle}>{`${t("dashboard.milestones.title")} (${num(data.lateMilestones.count)})`}</h2>}
      style={{ height: "100%" }}
    >
      {data.lateMilestones.items.length === 0 ? (
        <Typography.Text style={{ color: "#595959" }}>{t("dashboard.milestones.empty")}</Typography.Text>
      ) : (
        <ul style={listStyle} data-testid="late-milestones">
          {data.lateMilestones.items.map((m) => (
            <li key={`${m.zoneId}-${m.projectId ?? ""}-${m.milestone}`}>
              <DLink to={m.link}>{m.zoneName}</DLink>:{" "}
              {t("dashboard.milestones.item", {
                milestone: label(milestoneLabels[m.milestone as MilestoneKind] ?? { vi: m.label, en: m.label }),
                days: num(m.daysLate ?? 0),
                date: date(m.plannedOn),
              })}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function SubmissionsCard({ data }: { data: Dashboard }) {
  const { t, num, date, label } = useI18n();
  return (
    <Card size="small" title={<h2 style={cardTitle}>{t("dashboard.submissions.title")}</h2>} style={{ height: "100%" }}>
      {data.submissions.length === 0 ? (
        <Typography.Text style={{ color: "#595959" }}>{t("dashboard.submissions.empty")}</Typography.Text>
      ) : (
        <ul style={listStyle} data-testid="submissions">
          {data.submissions.map((s) => (
            <li key={s.obligationId} style={{ marginBottom: 8 }}>
              <DLink to={s.link}>{s.title}</DLink>
              <div style={{ fontSize: 12, color: "#595959" }}>
                {t("dashboard.submissions.period")}: {s.label} · {t("dashboard.submissions.due")}: {date(s.dueDate)}
              </div>
              <Space size={4} wrap>
                {submissionStatuses
                  .filter((k) => s.counts[k] > 0)
                  .map((k) => (
                    <Tag key={k} style={tone[submissionTone[k]]}>
                      {label(submissionStatusLabels[k])}: {num(s.counts[k])}
                    </Tag>
                  ))}
              </Space>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function ChangedCard({ data }: { data: Dashboard }) {
  const { t, num, date } = useI18n();
  const c = data.changedSince;
  const rows: { key: string; label: string; value: number; extra?: ReactNode; link?: string }[] = [
    { key: "zoneFigures", label: t("dashboard.changed.zoneFigures"), value: c.zoneFigures },
    {
      key: "zones",
      label: t("dashboard.changed.zones"),
      value: c.zonesChangedCount,
      extra:
        c.zones.length > 0 ? (
          <span>
            {c.zones.slice(0, 12).map((z, i) => (
              <span key={z.id}>
                {i > 0 ? ", " : null}
                <DLink to={z.link}>{z.name}</DLink>
              </span>
            ))}
            {c.zonesChangedCount > 12 ? "…" : null}
          </span>
        ) : null,
    },
    { key: "taskUpdates", label: t("dashboard.changed.taskUpdates"), value: c.taskUpdates, link: c.tasksLink },
    { key: "completions", label: t("dashboard.changed.completions"), value: c.completionsConfirmed, link: c.tasksLink },
    { key: "landClearance", label: t("dashboard.changed.landClearance"), value: c.landClearanceEntries },
    { key: "reports", label: t("dashboard.changed.reports"), value: c.reportsSubmitted },
  ];
  return (
    <Card
      size="small"
      title={<h2 style={cardTitle}>{t("dashboard.changed.title", { date: date(data.since) })}</h2>}
      style={{ height: "100%" }}
    >
      <ul style={listStyle} data-testid="changed-since">
        {rows.map((r) => (
          <li key={r.key} data-key={r.key}>
            {r.label}: {r.link && r.value > 0 ? <DLink to={r.link}>{num(r.value)}</DLink> : <strong>{num(r.value)}</strong>}
            {r.extra ? <div style={{ fontSize: 12 }}>{r.extra}</div> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
