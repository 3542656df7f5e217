import { occupancy } from "../zones/occupancy";
import type { ZoneOccupancy } from "./tenant-projects";

/** The occupancy a zone shows, with the figures it comes from. */
export interface ShownOccupancy {
  /** leased ÷ industrial land for lease (0..1), null when unknown */
  occupancy: number | null;
  leasedHa: number | null;
  industrialLandHa: number | null;
  /** projects holding land, or the enterprises stated for the zone; null when unknown */
  enterprises: number | null;
  /** "projects": the tenant projects' areas; "zone-figure": a leased land figure (the progress module's, else the registry's) */
  basis: ZoneOccupancy["basis"];
}

/**
 * The one rule for the occupancy a zone shows, on the dashboard (chart and targets) and in the
 * reports and the briefing pack: the progress module's (`zoneOccupancy`: its tenant projects, else
 * its leased land figure) when it gives one, else the registry's land figures of the zone.
 */
export function zoneOccupancyShown(
  zone: { industrialLandHa: number | null; leasedLandHa: number | null },
  progress: ZoneOccupancy | null | undefined,
): ShownOccupancy {
  if (progress && progress.occupancy !== null) {
    return {
      occupancy: progress.occupancy,
      leasedHa: progress.leasedHa,
      industrialLandHa: zone.industrialLandHa,
      enterprises: progress.enterprises,
      basis: progress.basis,
    };
  }
  const ratio = occupancy(zone.industrialLandHa, zone.leasedLandHa);
  return {
    occupancy: ratio,
    leasedHa: zone.leasedLandHa,
    industrialLandHa: zone.industrialLandHa,
    enterprises: progress?.enterprises ?? null,
    basis: ratio === null ? "unknown" : "zone-figure",
  };
}
