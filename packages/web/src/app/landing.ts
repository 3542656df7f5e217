import type { Can } from "../features/auth/hooks/use-me";

/**
 * Where an account lands after sign-in: its own work first. The office (whoever manages tasks) on
 * what waits for its confirmation; agency officers and investors on their tasks; a leader, who only
 * reads, on the dashboard; everyone else on the zone registry.
 */
export function landingPath(can: Can): string {
  if (can.has("tasks:manage")) return "/queue";
  if (can.has("tasks:report")) return "/tasks";
  if (can.has("reports:read")) return "/dashboard";
  return "/zones";
}
