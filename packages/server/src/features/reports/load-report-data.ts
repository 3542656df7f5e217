import { type Actor, type ReportZone, type TaskLine, trackedZoneFields } from "@dondoc/domain";
import { and, inArray, lte } from "drizzle-orm";
import type { Db } from "../../db/client";
import { planEntries, tasks, zoneFacts, zones } from "../../db/schema";
import { listTaskLines } from "../tasks/list-tasks";
import { presentZoneSummary } from "../zones/zones.presenter";
import { findNames, findZoneUnits } from "../zones/zones.queries";

const system: Actor = { id: "report", name: "Báo cáo", role: "admin", agencyId: null, registryKinds: [] };

/** Zone fields as they are stored on the row, for the tracked fields whose column has another name. */
const column: Partial<Record<string, string>> = {
  establishmentDecisionNumber: "decisionNumber",
  establishmentDecisionDate: "decisionDate",
};

/** The end of a civil day in Vietnam, as an instant. */
export const endOfDayInVietnam = (day: string) => new Date(new Date(`${day}T00:00:00+07:00`).getTime() + 86_400_000);

/**
 * The zones and tasks as they were recorded by the end of `asOf`: every zone field is its latest
 * fact recorded by then, zones and tasks created later are left out, and task events after that
 * day are ignored. A report of a past period therefore never changes.
 */
export async function loadReportData(db: Db, asOf: string): Promise<{ zones: ReportZone[]; tasks: TaskLine[] }> {
  const cutoff = endOfDayInVietnam(asOf);
  const rows = (await db.select().from(zones)).filter((z) => z.createdAt < cutoff);
  const ids = rows.map((r) => r.id);
  const [facts, plan, units, names] = await Promise.all([
    ids.length
      ? db
          .select()
          .from(zoneFacts)
          .where(and(inArray(zoneFacts.zoneId, ids), lte(zoneFacts.recordedAt, cutoff)))
      : [],
    db.select().from(planEntries),
    findZoneUnits(db, ids),
    findNames(db),
  ]);
  const zonesAsOf = rows.map((row) => {
    const then: Record<string, unknown> = { ...row };
    for (const field of trackedZoneFields) {
      const latest = facts
        .filter((f) => f.zoneId === row.id && f.field === field)
        .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime() || a.id - b.id)
        .at(-1);
      if (latest) then[column[field] ?? field] = latest.value;
    }
    const summary = presentZoneSummary(
      then as typeof row,
      units.filter((u) => u.zoneId === row.id),
      names,
    );
    const planAreaHa = plan.filter((p) => p.zoneId === row.id).reduce((s, p) => s + p.areaHa, 0);
    return { ...summary, planAreaHa: Math.round((planAreaHa || (summary.areaHa ?? 0)) * 100) / 100 };
  });
  const existing = (await db.select({ id: tasks.id, createdAt: tasks.createdAt }).from(tasks))
    .filter((t) => t.createdAt < cutoff)
    .map((t) => t.id);
  const lines = existing.length ? await listTaskLines(db, system, { asOf, taskIds: existing }) : [];
  return { zones: zonesAsOf, tasks: lines };
}
