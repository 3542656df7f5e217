import {
  type Actor,
  evaluateTarget,
  type LandClearanceEntry,
  ledgerPositions,
  ledgerTotals,
  taskStatuses,
  zoneStageLabels,
  zoneStages,
} from "@dondoc/domain";
import { asc, gte } from "drizzle-orm";
import type { Db } from "../../db/client";
import { landClearanceEntries, targets, taskEvents, zoneFacts } from "../../db/schema";
import { listTaskLines } from "../tasks/list-tasks";
import { listAllZones } from "../zones/list-zones";

/**
 * The leaders' dashboard as of today: zones by stage with hectares, occupancy where known, tasks by
 * status and overdue tasks by agency, land clearance totals, the plan's targets against actual, and
 * what changed since a chosen date. Every block names the list it comes from (`link`).
 */
export async function dashboard(db: Db, actor: Actor, today: string, since: string) {
  const [zones, lines, targetRows, clearance, facts, events] = await Promise.all([
    listAllZones(db, { sort: "name", order: "asc" }),
    listTaskLines(db, actor, { asOf: today }),
    db.select().from(targets).orderBy(asc(targets.id)),
    db.select().from(landClearanceEntries),
    db
      .select()
      .from(zoneFacts)
      .where(gte(zoneFacts.recordedAt, new Date(`${since}T00:00:00+07:00`))),
    db.select().from(taskEvents).where(gte(taskEvents.on, since)),
  ]);
  const clusters = zones.filter((z) => z.kind === "CCN");
  const byStage = zoneStages
    .map((stage) => ({
      stage,
      label: zoneStageLabels[stage].vi,
      count: clusters.filter((z) => z.stage === stage).length,
      areaHa: Math.round(clusters.filter((z) => z.stage === stage).reduce((s, z) => s + (z.areaHa ?? 0), 0) * 100) / 100,
      link: `/zones?kind=CCN&stage=${stage}`,
    }))
    .filter((s) => s.count > 0);
  const overdueByAgency = new Map<string, number>();
  for (const l of lines.filter((x) => x.status === "overdue"))
    for (const lead of l.leads) overdueByAgency.set(lead.name ?? lead.text, (overdueByAgency.get(lead.name ?? lead.text) ?? 0) + 1);
  const statusCounts = Object.fromEntries(taskStatuses.map((s) => [s, lines.filter((l) => l.status === s).length]));
  const byZone = new Map<string, LandClearanceEntry[]>();
  for (const e of clearance) byZone.set(e.zoneId, [...(byZone.get(e.zoneId) ?? []), { ...e, correctsId: e.correctsId ?? null }]);
  return {
    asOf: today,
    since,
    zones: {
      clusters: clusters.length,
      areaHa: Math.round(clusters.reduce((s, z) => s + (z.areaHa ?? 0), 0) * 100) / 100,
      byStage,
      link: "/zones?kind=CCN",
    },
    occupancy: clusters
      .filter((z) => z.occupancy !== null)
      .map((z) => ({ id: z.id, name: z.name, occupancy: z.occupancy, link: `/zones/${z.id}` })),
    tasks: { total: lines.length, byStatus: statusCounts, link: "/tasks" },
    overdueByAgency: [...overdueByAgency.entries()].map(([agency, count]) => ({ agency, count })).sort((a, b) => b.count - a.count),
    landClearance: [...byZone.entries()].map(([zoneId, entries]) => ({
      zoneId,
      name: zones.find((z) => z.id === zoneId)?.name ?? zoneId,
      totals: ledgerTotals(ledgerPositions(entries, today)),
      link: `/zones/${zoneId}`,
    })),
    targets: targetRows.map((t) => ({ id: t.id, text: t.text, byYear: t.byYear, actual: evaluateTarget(t.metric, t.threshold, zones) })),
    changedSince: {
      zoneFigures: facts.filter((f) => f.recordedBy !== "seed").length,
      zonesChanged: [...new Set(facts.filter((f) => f.recordedBy !== "seed").map((f) => f.zoneId))],
      taskUpdates: events.length,
      completionsConfirmed: events.filter((e) => e.type === "confirm").length,
    },
  };
}
