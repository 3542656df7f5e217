import type { ZoneKind } from "../zones/zone-vocabulary";
import type { Role } from "./roles";

/** Who is acting, as the rules need it. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
  agencyId: string | null;
  /** zone kinds the actor's agency maintains in the registry (data: agencies.registry_kinds) */
  registryKinds: ZoneKind[];
}

/** The fields an infrastructure investor may report for its own zone. */
export const investorZoneFields = [
  "industrialLandHa",
  "leasedLandHa",
  "location",
  "note",
  "wastewaterStatus",
  "wastewaterCapacityM3",
  "wastewaterMonitoring",
  "fireSafetyStatus",
] as const;

/**
 * May `actor` change `zone` (or create a zone of that kind)? Admins may change any zone; an agency
 * officer the kinds their agency maintains (Sở Công Thương: CCN; Ban Quản lý Khu KTCK: KCN, KKT);
 * an investor only the figures of the zones it invests in. `fields` are the fields being changed.
 */
export function canEditZone(actor: Actor, zone: { kind: ZoneKind; investorId: string | null }, fields: readonly string[]): boolean {
  switch (actor.role) {
    case "admin":
      return true;
    case "agency":
      return actor.registryKinds.includes(zone.kind);
    case "investor":
      return (
        actor.agencyId !== null &&
        zone.investorId === actor.agencyId &&
        fields.every((f) => (investorZoneFields as readonly string[]).includes(f) || f === "source")
      );
    case "leader":
    case "office":
    case "public":
      return false;
    default: {
      const unknownRole: never = actor.role;
      return unknownRole;
    }
  }
}

/**
 * Who may enter a project's land clearance figures for a commune: admins, the agency maintaining
 * the zone's kind, the zone's investor, and the committee of that commune (when the zone lies in it).
 */
export function canReportLandClearance(
  actor: Actor,
  actorUnitId: string | null,
  zone: { kind: ZoneKind; investorId: string | null; unitIds: string[] },
  unitId: string,
): boolean {
  if (actor.role === "admin") return true;
  // nobody but an admin records a commune the zone does not lie in
  if (!zone.unitIds.includes(unitId)) return false;
  if (actor.role === "agency" && actor.registryKinds.includes(zone.kind)) return true;
  if (actor.role === "investor") return actor.agencyId !== null && actor.agencyId === zone.investorId;
  return actor.role === "agency" && actorUnitId !== null && actorUnitId === unitId;
}

/**
 * May `actor` read a zone's internal data (progress, tenant projects, land clearance ledger, who
 * recorded what, an unpublished zone)? Every internal role may; an investor only for the zones it
 * invests in; of other zones it sees what the public portal shows.
 */
export function canSeeZoneInternals(actor: Actor, zone: { investorId: string | null }): boolean {
  if (actor.role === "public") return false;
  if (actor.role === "investor") return actor.agencyId !== null && actor.agencyId === zone.investorId;
  return true;
}

/**
 * Who may report a zone's progress (milestones, tenant projects and their reports, monthly figures):
 * admins, the agency maintaining the zone's kind, and the zone's infrastructure investor.
 */
export function canReportProgress(actor: Actor, zone: { kind: ZoneKind; investorId: string | null }): boolean {
  if (actor.role === "admin") return true;
  if (actor.role === "agency") return canEditZone(actor, zone, []);
  if (actor.role === "investor") return actor.agencyId !== null && actor.agencyId === zone.investorId;
  return false;
}
