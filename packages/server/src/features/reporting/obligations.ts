import {
  AppError,
  type ExpectedReporter,
  endOfVietnamDay,
  type IsoDate,
  needsOpenZoneTasks,
  type Obligation,
  type ObligationPeriod,
  type OpenZoneTask,
  obligationPeriod,
  obligationSchema,
  type ReporterRegistry,
  resolveReporters,
} from "@dondoc/domain";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, reportObligations, reportSubmissions, zones, zoneUnits } from "../../db/schema";
import { countsOn } from "../tasks/interval-counts";
import { parseZoneTaskKey } from "../tasks/task-counts";

/** Every obligation, parsed into the domain's shape (a stored row that no longer parses is a bug). */
export async function readObligations(db: Db, options: { activeOnly?: boolean } = {}): Promise<Obligation[]> {
  const rows = await db
    .select()
    .from(reportObligations)
    .where(options.activeOnly ? eq(reportObligations.active, true) : undefined)
    .orderBy(asc(reportObligations.id));
  return rows.map((r) => obligationSchema.parse(r));
}

export async function readObligation(db: Db, id: string): Promise<Obligation> {
  const [row] = await db.select().from(reportObligations).where(eq(reportObligations.id, id));
  if (!row) throw new AppError("not_found", "Không tìm thấy chế độ báo cáo này.");
  return obligationSchema.parse(row);
}

/** The period of an obligation by its key, or 404 when it does not exist (wrong key, before the obligation starts). */
export function periodOf(obligation: Obligation, key: string): ObligationPeriod {
  const p = obligationPeriod(obligation, key);
  if (!p || p.cutoff.to < obligation.startsOn) throw new AppError("not_found", "Không có kỳ báo cáo này.");
  return p;
}

/** Agencies, zones and zone units: what reporter groups are resolved from. */
export async function readRegistry(
  db: Db,
): Promise<ReporterRegistry & { names: Map<string, string>; agencyUnits: Map<string, string | null> }> {
  const [agencyRows, zoneRows, unitRows] = await Promise.all([
    db
      .select({
        id: agencies.id,
        name: agencies.name,
        shortName: agencies.shortName,
        kind: agencies.kind,
        unitId: agencies.unitId,
        parentId: agencies.parentId,
        validFrom: agencies.validFrom,
        validTo: agencies.validTo,
      })
      .from(agencies),
    db.select({ id: zones.id, name: zones.name, kind: zones.kind, stage: zones.stage, investorId: zones.investorId }).from(zones),
    db.select({ zoneId: zoneUnits.zoneId, unitId: zoneUnits.unitId }).from(zoneUnits),
  ]);
  return {
    agencies: agencyRows,
    zones: zoneRows,
    zoneUnits: unitRows,
    names: new Map(agencyRows.map((a) => [a.id, a.name])),
    agencyUnits: new Map(agencyRows.map((a) => [a.id, a.unitId])),
  };
}

/**
 * The tasks on zones that are open (not done, not cancelled) on `date`, grouped by their zones, lead
 * and coordinating agencies: read from the counts the writers keep ("open-zone-tasks",
 * `task-counts.ts`), so any date costs about the same and no task is scanned.
 */
export async function openZoneTasksOn(db: Db, date: IsoDate): Promise<OpenZoneTask[]> {
  return [...(await countsOn(db, "open-zone-tasks", date))].map(([key, c]) => ({ ...parseZoneTaskKey(key), tasks: c.n }));
}

/**
 * Resolves the expected reporters of obligation periods, each with why it is asked, on the period's
 * due date (or `asOf`, for a period not yet due): the registry is read once, the open tasks on zones
 * once per date and only for obligations that ask "the bodies concerned".
 */
export async function reporterResolver(db: Db, asOf: IsoDate) {
  const registry = await readRegistry(db);
  const openOn = new Map<string, Promise<OpenZoneTask[]>>();
  const tasksOn = (date: IsoDate) => {
    let p = openOn.get(date);
    if (!p) {
      p = openZoneTasksOn(db, date);
      openOn.set(date, p);
    }
    return p;
  };
  return {
    registry,
    name: (id: string) => registry.names.get(id) ?? id,
    async expected(obligation: Obligation, period: ObligationPeriod): Promise<ExpectedReporter[]> {
      const date = period.dueDate < asOf ? period.dueDate : asOf;
      const tasks = needsOpenZoneTasks(obligation.reporter) ? await tasksOn(date) : [];
      return resolveReporters(obligation.reporter, registry, tasks, date, obligation.recipientAgencyId);
    },
  };
}

export type ReporterResolver = Awaited<ReturnType<typeof reporterResolver>>;

export type SubmissionRow = typeof reportSubmissions.$inferSelect;

/** For each (obligation, period, reporter): the first submission (the verdict) and the latest (the text), as recorded by the end of `asOf`. */
export interface SubmissionState {
  first: SubmissionRow;
  latest: SubmissionRow;
  count: number;
}

export const stateKey = (obligationId: string, period: string, reporter: string) => `${obligationId}|${period}|${reporter}`;

export async function readSubmissionStates(
  db: Db,
  asOf: IsoDate,
  filter: { obligationIds?: string[]; period?: string; reporterAgencyId?: string } = {},
): Promise<Map<string, SubmissionState>> {
  const rows = await db
    .select()
    .from(reportSubmissions)
    .where(
      and(
        lte(reportSubmissions.submittedAt, endOfVietnamDay(asOf)),
        lte(reportSubmissions.submittedOn, asOf),
        filter.obligationIds ? inArray(reportSubmissions.obligationId, filter.obligationIds) : undefined,
        filter.period ? eq(reportSubmissions.period, filter.period) : undefined,
        filter.reporterAgencyId ? eq(reportSubmissions.reporterAgencyId, filter.reporterAgencyId) : undefined,
      ),
    )
    .orderBy(asc(reportSubmissions.submittedAt), asc(reportSubmissions.id));
  const states = new Map<string, SubmissionState>();
  for (const r of rows) {
    const key = stateKey(r.obligationId, r.period, r.reporterAgencyId);
    const s = states.get(key);
    if (s) {
      s.latest = r;
      s.count += 1;
    } else states.set(key, { first: r, latest: r, count: 1 });
  }
  return states;
}
