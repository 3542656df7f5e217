import {
  type Actor,
  addDays,
  compareVi,
  daysToDue,
  frequencyLabels,
  type IsoDate,
  type LandClearanceFigures,
  ledgerPositions,
  obligationDeadlineText,
  obligationPeriods,
  periodContaining,
  reasonText,
  reporterGroupLabels,
  type SubmissionStatus,
  submissionStatus,
} from "@dondoc/domain";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnits, landClearanceEntries, zones, zoneUnits } from "../../db/schema";
import { readObligations, readSubmissionStates, reporterResolver, stateKey } from "./obligations";

/** How far back the inbox and the list look for periods still open or recently submitted. */
const LOOKBACK_DAYS = 400;
/** Periods not yet submitted show in the inbox from this many days before they are due. */
const UPCOMING_DAYS = 60;

export interface InboxItem {
  obligationId: string;
  title: string;
  recipientName: string;
  period: string;
  label: string;
  cutoff: { from: IsoDate; to: IsoDate };
  dueDate: IsoDate;
  /** the due date as the rule states it, when it fell on a day off and moved to the next working day */
  dueDateMovedFrom: IsoDate | null;
  /** why the agency is asked ("có CCN Hòa Sơn 1 trên địa bàn") */
  reason: string;
  daysToDue: number;
  status: SubmissionStatus;
  submittedOn: IsoDate | null;
  figures: string[];
  sections: string[];
  /** the sections last submitted, to start a replacement from */
  lastSections: Record<string, string>;
  link: string;
}

/**
 * The periods the actor's agency must report, from the obligations' start (at most ~13 months back)
 * to the period under way (due within 60 days): open ones first (overdue, then by due date), then
 * those submitted.
 */
export async function reportingInbox(db: Db, actor: Actor, today: IsoDate) {
  const agencyId = actor.agencyId;
  if (!agencyId) return { agencyId: null, asOf: today, items: [] as InboxItem[], projects: [] };
  const [obligations, reporters, states] = await Promise.all([
    readObligations(db, { activeOnly: true }),
    reporterResolver(db, today),
    readSubmissionStates(db, today, { reporterAgencyId: agencyId }),
  ]);
  const registry = reporters.registry;
  const items: InboxItem[] = [];
  for (const o of obligations) {
    for (const p of obligationPeriods(o, addDays(today, -LOOKBACK_DAYS), today)) {
      const s = states.get(stateKey(o.id, p.period, agencyId));
      // a period far from due (next year's report whose data window has just opened) waits
      if (!s && p.dueDate > addDays(today, UPCOMING_DAYS)) continue;
      const asked = (await reporters.expected(o, p)).find((r) => r.agencyId === agencyId);
      if (!asked) continue;
      items.push({
        obligationId: o.id,
        title: o.title,
        recipientName: registry.names.get(o.recipientAgencyId) ?? o.recipientAgencyId,
        period: p.period,
        label: p.label,
        cutoff: p.cutoff,
        dueDate: p.dueDate,
        dueDateMovedFrom: p.dueDateMovedFrom,
        reason: reasonText(asked),
        daysToDue: daysToDue(p.dueDate, today),
        status: submissionStatus(p.dueDate, s?.first.submittedOn ?? null, today),
        submittedOn: s?.first.submittedOn ?? null,
        figures: o.figures,
        sections: o.sections,
        lastSections: (s?.latest.sections ?? {}) as Record<string, string>,
        link: `/reporting/${o.id}/${p.period}`,
      });
    }
  }
  const rank: Record<SubmissionStatus, number> = { overdue: 0, "not-due": 1, late: 2, "on-time": 2 };
  items.sort(
    (a, b) =>
      rank[a.status] - rank[b.status] ||
      (rank[a.status] < 2 ? a.dueDate.localeCompare(b.dueDate) : b.dueDate.localeCompare(a.dueDate)) ||
      a.obligationId.localeCompare(b.obligationId),
  );
  return { agencyId, asOf: today, items, projects: await projectsOf(db, agencyId, registry.agencyUnits.get(agencyId) ?? null, today) };
}

/**
 * The projects whose land clearance figures the agency reports: a commune's, where a zone lies on
 * its land (its own commune only); an investor's own zones (each of their communes). The latest
 * cumulative figures as of today go with each, to start the form from.
 */
async function projectsOf(db: Db, agencyId: string, unitId: string | null, today: IsoDate) {
  const owned = await db.select({ id: zones.id }).from(zones).where(eq(zones.investorId, agencyId));
  const onUnit = unitId ? await db.select({ id: zoneUnits.zoneId }).from(zoneUnits).where(eq(zoneUnits.unitId, unitId)) : [];
  const zoneIds = [...new Set([...owned.map((z) => z.id), ...onUnit.map((z) => z.id)])];
  if (zoneIds.length === 0) return [];
  const [zoneRows, unitRows, entries] = await Promise.all([
    db
      .select({ id: zones.id, name: zones.name, areaHa: zones.areaHa, investorId: zones.investorId })
      .from(zones)
      .where(inArray(zones.id, zoneIds)),
    db
      .select({ zoneId: zoneUnits.zoneId, unitId: zoneUnits.unitId, unitName: adminUnits.name })
      .from(zoneUnits)
      .innerJoin(adminUnits, eq(adminUnits.id, zoneUnits.unitId))
      .where(inArray(zoneUnits.zoneId, zoneIds)),
    db
      .select()
      .from(landClearanceEntries)
      .where(inArray(landClearanceEntries.zoneId, zoneIds))
      .orderBy(asc(landClearanceEntries.reportedOn), asc(landClearanceEntries.id)),
  ]);
  const out: {
    zoneId: string;
    zoneName: string;
    areaHa: number | null;
    unitId: string;
    unitName: string;
    latest: LandClearanceFigures | null;
  }[] = [];
  for (const z of zoneRows) {
    const positions = ledgerPositions(
      entries.filter((e) => e.zoneId === z.id).map((e) => ({ ...e, correctsId: e.correctsId ?? null })),
      today,
    );
    for (const u of unitRows.filter((x) => x.zoneId === z.id)) {
      if (z.investorId !== agencyId && u.unitId !== unitId) continue;
      const pos = positions.find((p) => p.unitId === u.unitId);
      out.push({
        zoneId: z.id,
        zoneName: z.name,
        areaHa: z.areaHa,
        unitId: u.unitId,
        unitName: u.unitName,
        latest: pos ? (pos.cumulative as LandClearanceFigures) : null,
      });
    }
  }
  return out.sort((a, b) => compareVi(a.zoneName, b.zoneName) || compareVi(a.unitName, b.unitName));
}

/** Every obligation with its reporters, deadline in words, and the period under way and the next one. */
export async function listObligations(db: Db, today: IsoDate) {
  const [obligations, reporters] = await Promise.all([readObligations(db), reporterResolver(db, today)]);
  const registry = reporters.registry;
  const items = await Promise.all(
    obligations.map(async (o) => {
      const current = periodContaining(o, today);
      const next = periodContaining(o, addDays(current.cutoff.to, 1));
      const resolved =
        o.reporter.kind === "agency"
          ? o.reporter.agencyIds.map((id) => registry.names.get(id) ?? id).join(", ")
          : o.reporter.kind === "group"
            ? reporterGroupLabels[o.reporter.group].vi
            : [
                ...o.reporter.groups.map((g) => reporterGroupLabels[g].vi),
                ...o.reporter.agencyIds.map((id) => registry.names.get(id) ?? id),
              ].join("; ");
      const reporterText = o.reporter.wording ? `“${o.reporter.wording}”: ${resolved}` : resolved;
      const asked = await reporters.expected(o, current);
      return {
        ...o,
        recipientName: registry.names.get(o.recipientAgencyId) ?? o.recipientAgencyId,
        reporterText,
        reporterCount: asked.length,
        /** who is asked for the period under way, each with why */
        reporters: asked.map((r) => ({ agencyId: r.agencyId, name: reporters.name(r.agencyId), reason: reasonText(r) })),
        frequencyLabel: frequencyLabels[o.frequency].vi,
        deadlineText: obligationDeadlineText(o),
        nextPeriods: [current, next].filter((p) => p.cutoff.to >= o.startsOn),
        recentPeriods: obligationPeriods(o, addDays(today, -LOOKBACK_DAYS), today).reverse(),
      };
    }),
  );
  return { items, total: items.length, asOf: today };
}
