import {
  AppError,
  endOfVietnamDay,
  type IsoDate,
  type Obligation,
  type ObligationPeriod,
  obligationPeriod,
  obligationSchema,
  type RegistrySnapshot,
  resolveReporters,
} from "@dondoc/domain";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, reportObligations, reportSubmissions, zones, zoneUnits } from "../../db/schema";

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
): Promise<RegistrySnapshot & { names: Map<string, string>; agencyUnits: Map<string, string | null> }> {
  const [agencyRows, zoneRows, unitRows] = await Promise.all([
    db
      .select({
        id: agencies.id,
        name: agencies.name,
        kind: agencies.kind,
        unitId: agencies.unitId,
        validFrom: agencies.validFrom,
        validTo: agencies.validTo,
      })
      .from(agencies),
    db.select({ id: zones.id, kind: zones.kind, stage: zones.stage, investorId: zones.investorId }).from(zones),
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

/** The agencies expected to report for a period: resolved on its due date, never the recipient. */
export function expectedReporters(obligation: Obligation, registry: RegistrySnapshot, period: ObligationPeriod): string[] {
  return resolveReporters(obligation.reporter, registry, period.dueDate, obligation.recipientAgencyId);
}

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
