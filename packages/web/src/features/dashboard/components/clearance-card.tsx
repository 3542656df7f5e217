import { formatDateVi } from "@dondoc/domain";
import { Card, Progress, Table, Typography } from "antd";
import type { Dashboard } from "../../../api/dashboard-api";
import { useI18n } from "../../../i18n/i18n-context";
import { usePhone } from "../../../shared/use-phone";
import { cardTitle, DLink } from "./card-bits";

function ratio(part: number | null | undefined, whole: number | null | undefined): number {
  if (part === null || part === undefined || !whole) return 0;
  return Math.min(100, Math.round((part / whole) * 1000) / 10);
}

type Clearance = Dashboard["landClearance"][number];

export function ClearanceCard({ data }: { data: Dashboard }) {
  const { t } = useI18n();
  const phone = usePhone();
  const title = <h2 style={cardTitle}>{t("dashboard.clearance.title")}</h2>;
  if (phone) {
    // on a phone each project is a card: its name, then each figure under its own heading
    return (
      <Card size="small" title={title} style={{ height: "100%" }}>
        {data.landClearance.length === 0 ? (
          <Typography.Text style={{ color: "#595959" }}>{t("dashboard.clearance.empty")}</Typography.Text>
        ) : (
          <ul className="phone-list" data-testid="clearance-list">
            {data.landClearance.map((r) => (
              <li key={r.zoneId} data-testid="clearance-item">
                <ClearanceName r={r} />
                <div className="phone-list-field">{t("dashboard.clearance.handedOver")}</div>
                <ClearanceArea r={r} />
                <div className="phone-list-field">{t("dashboard.clearance.paid")}</div>
                <ClearancePaid r={r} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    );
  }
  return (
    <Card size="small" title={title} style={{ height: "100%" }}>
      <Table
        size="small"
        rowKey="zoneId"
        pagination={data.landClearance.length > 10 ? { pageSize: 10 } : false}
        dataSource={data.landClearance}
        locale={{ emptyText: t("dashboard.clearance.empty") }}
        data-testid="clearance-table"
        columns={[
          { title: t("dashboard.clearance.project"), key: "name", render: (_, r) => <ClearanceName r={r} /> },
          { title: t("dashboard.clearance.handedOver"), key: "area", render: (_, r) => <ClearanceArea r={r} /> },
          { title: t("dashboard.clearance.paid"), key: "paid", render: (_, r) => <ClearancePaid r={r} /> },
        ]}
      />
    </Card>
  );
}

function ClearanceName({ r }: { r: Clearance }) {
  const { t } = useI18n();
  return (
    <>
      <DLink to={r.link}>{r.name}</DLink>
      <div style={{ fontSize: 12 }} data-testid="clearance-as-of">
        {r.reportedPeriod
          ? t("dashboard.clearance.asOfPeriod", { period: r.reportedPeriod })
          : r.reportedOn
            ? t("dashboard.clearance.asOf", { date: formatDateVi(r.reportedOn) })
            : null}
      </div>
    </>
  );
}

function ClearanceArea({ r }: { r: Clearance }) {
  const { t, num } = useI18n();
  return (
    <Figure
      text={`${num(r.totals.areaHandedOverHa)} / ${num(r.areaHa)}`}
      percent={ratio(r.totals.areaHandedOverHa, r.areaHa)}
      note={r.totals.areaRecoveredHa === null ? null : t("dashboard.clearance.recovered", { area: num(r.totals.areaRecoveredHa) })}
    />
  );
}

function ClearancePaid({ r }: { r: Clearance }) {
  const { t, num } = useI18n();
  return (
    <Figure
      text={`${num(r.totals.householdsPaid)} / ${num(r.totals.householdsAffected)}`}
      percent={ratio(r.totals.householdsPaid, r.totals.householdsAffected)}
      note={r.totals.householdsCounted === null ? null : t("dashboard.clearance.counted", { count: num(r.totals.householdsCounted) })}
    />
  );
}

function Figure({ text, percent, note }: { text: string; percent: number; note: string | null }) {
  return (
    <div style={{ minWidth: 140 }}>
      <div>{text}</div>
      <Progress percent={percent} size="small" showInfo={false} aria-label={text} />
      {note ? <div style={{ fontSize: 12, color: "#595959" }}>{note}</div> : null}
    </div>
  );
}
