import type { IsoDate } from "../calendar/iso-date";
import type { Reporter, ReporterGroup } from "./obligation";

/** What group resolution needs from the registry. */
export interface RegistrySnapshot {
  agencies: readonly { id: string; kind: string; unitId: string | null; validFrom: string | null; validTo: string | null }[];
  zones: readonly { id: string; kind: string; stage: string; investorId: string | null }[];
  zoneUnits: readonly { zoneId: string; unitId: string }[];
}

/** Agency kinds that count as "sở, ban, ngành". */
export const DEPARTMENT_KINDS = ["department", "board"] as const;

const validOn = (a: { validFrom: string | null; validTo: string | null }, date: IsoDate) =>
  (a.validFrom === null || a.validFrom <= date) && (a.validTo === null || a.validTo >= date);

/**
 * The agencies of a group on `date`, sorted by id:
 * - departments: departments and boards valid on the date;
 * - communes-with-project (-cluster): commune committees valid on the date whose commune holds a
 *   zone (an industrial cluster) that has not been removed from the plan;
 * - infrastructure-investors (cluster-investors): the investors of those zones (clusters).
 */
export function resolveReporterGroup(group: ReporterGroup, registry: RegistrySnapshot, date: IsoDate): string[] {
  const liveZones = registry.zones.filter((z) => z.stage !== "removed");
  const ofKind = group === "communes-with-cluster" || group === "cluster-investors" ? liveZones.filter((z) => z.kind === "CCN") : liveZones;
  const out = new Set<string>();
  switch (group) {
    case "departments":
      for (const a of registry.agencies) if ((DEPARTMENT_KINDS as readonly string[]).includes(a.kind) && validOn(a, date)) out.add(a.id);
      break;
    case "communes-with-project":
    case "communes-with-cluster": {
      const zoneIds = new Set(ofKind.map((z) => z.id));
      const units = new Set(registry.zoneUnits.filter((u) => zoneIds.has(u.zoneId)).map((u) => u.unitId));
      for (const a of registry.agencies)
        if (a.kind === "commune-committee" && a.unitId !== null && units.has(a.unitId) && validOn(a, date)) out.add(a.id);
      break;
    }
    case "infrastructure-investors":
    case "cluster-investors": {
      const known = new Map(registry.agencies.map((a) => [a.id, a]));
      for (const z of ofKind) {
        const a = z.investorId ? known.get(z.investorId) : undefined;
        if (a && validOn(a, date)) out.add(a.id);
      }
      break;
    }
  }
  return [...out].sort();
}

/** Every agency that must report under `reporter` on `date`, never the recipient itself. */
export function resolveReporters(reporter: Reporter, registry: RegistrySnapshot, date: IsoDate, recipientAgencyId: string): string[] {
  const ids = new Set<string>();
  if (reporter.kind === "agency") for (const id of reporter.agencyIds) ids.add(id);
  if (reporter.kind === "group") for (const id of resolveReporterGroup(reporter.group, registry, date)) ids.add(id);
  if (reporter.kind === "groups") {
    for (const g of reporter.groups) for (const id of resolveReporterGroup(g, registry, date)) ids.add(id);
    for (const id of reporter.agencyIds) ids.add(id);
  }
  ids.delete(recipientAgencyId);
  return [...ids].sort();
}
