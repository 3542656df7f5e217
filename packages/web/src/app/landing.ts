import type { Can } from "../features/auth/hooks/use-me";

/**
 * Where an account lands after sign-in: its own work first. Whoever records or manages tasks (the
 * office, agency officers, investors) on its tasks; a leader, who only reads, on the dashboard;
 * everyone else on the zone registry.
 */
export function landingPath(can: Can): string {
  if (can.has("tasks:manage") || can.has("tasks:report")) return "/tasks";
  if (can.has("reports:read")) return "/dashboard";
  return "/zones";
}
