import { type Actor, type Dashboard, dashboardAnswer, dashboardFigures } from "@dondoc/domain";
import type { Db } from "../../db/client";
import { changedSince, loadDashboardData } from "./load-dashboard-data";

/**
 * The leaders' dashboard as of today: zones by stage with hectares, occupancy, late milestones,
 * tasks by status and overdue tasks by agency, land clearance per project, the plan's targets
 * against actual, the report submissions of the current period, and what changed since a chosen
 * date. Every figure names the list it comes from (`link`, a path of the web app). No cache: each
 * part is read at the size it is shown (task statuses over the read model of occurrences), so the
 * first request after a write costs what any other does.
 */
export async function dashboard(db: Db, actor: Actor, today: string, since: string): Promise<Dashboard> {
  const [data, changes] = await Promise.all([
    loadDashboardData(db, actor, today),
    changedSince(db, since, new Date(`${since}T00:00:00+07:00`)),
  ]);
  return dashboardAnswer(dashboardFigures(data), since, changes, new Map(data.zones.map((z) => [z.id, z.name])));
}
