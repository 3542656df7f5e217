import type { ZoneStage, ZoneSummary } from "@dondoc/domain";
import { stageColors } from "../../shared/stage-colors";

export interface ZonePointProperties {
  id: string;
  name: string;
  stage: ZoneStage;
  color: string;
  approximate: boolean;
  /** the commune whose centre stands in for an approximate location */
  commune: string | null;
}

export interface ZonePointCollection {
  type: "FeatureCollection";
  features: { type: "Feature"; id: number; geometry: { type: "Point"; coordinates: [number, number] }; properties: ZonePointProperties }[];
}

/** Degrees between zones that share one commune centre, so that each stays visible and clickable (about 2.5 km). */
const SPREAD_DEG = 0.025;

/**
 * Zones with a location as GeoJSON points. Approximate locations are the commune's centre, which
 * several zones may share: those are spread on a small circle around it.
 */
export function zonePoints(zones: ZoneSummary[]): ZonePointCollection {
  const groups = new Map<string, ZoneSummary[]>();
  for (const zone of zones) {
    if (!zone.location) continue;
    const key = zone.location.approximate ? `${zone.location.lat},${zone.location.lon}` : `exact:${zone.id}`;
    groups.set(key, [...(groups.get(key) ?? []), zone]);
  }
  const features: ZonePointCollection["features"] = [];
  for (const group of groups.values()) {
    group.forEach((zone, i) => {
      const { lat, lon, approximate } = zone.location as NonNullable<ZoneSummary["location"]>;
      const angle = (2 * Math.PI * i) / group.length;
      const r = group.length > 1 ? SPREAD_DEG : 0;
      const coordinates: [number, number] = [lon + (r * Math.sin(angle)) / Math.cos((lat * Math.PI) / 180), lat + r * Math.cos(angle)];
      features.push({
        type: "Feature",
        id: features.length,
        geometry: { type: "Point", coordinates },
        properties: {
          id: zone.id,
          name: zone.name,
          stage: zone.stage,
          color: stageColors[zone.stage],
          approximate,
          commune: approximate ? (zone.communes[0]?.name ?? null) : null,
        },
      });
    });
  }
  return { type: "FeatureCollection", features };
}

/** The zones the map cannot show at all ("chưa có tọa độ"). */
export function unlocatedZones(zones: ZoneSummary[]): ZoneSummary[] {
  return zones.filter((z) => !z.location);
}
