import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { centroidOf, type LatLon } from "@dondoc/domain";

/**
 * The province and commune outlines (shared/data, see assets/geo/GEO-SOURCES.md for source and
 * licence), read once. Zones without coordinates are placed at their commune's label point.
 */
const GEO_DIR = fileURLToPath(new URL("../../../assets/geo/", import.meta.url));

export const GEO_ATTRIBUTION = {
  vi: "Ranh giới hành chính: Bản đồ đơn vị hành chính Việt Nam sau sắp xếp (sapnhap.bando.com.vn), NXB Tài nguyên – Môi trường và Bản đồ Việt Nam; dữ liệu GeoJSON từ vietnamese-provinces-database © 2021 Thang Le Quoc (MIT); đã đơn giản hoá.",
  en: "Administrative boundaries: Vietnam Administrative Units Reference Map (sapnhap.bando.com.vn), Vietnam Natural Resources, Environment and Cartography Publishing House; GeoJSON from vietnamese-provinces-database © 2021 Thang Le Quoc (MIT); simplified.",
};

interface Feature {
  properties: { code: string; label_point?: [number, number] };
  geometry: { type: string; coordinates: unknown };
}

const cache = new Map<string, string>();

export function geoFileText(name: "province" | "communes"): string {
  let text = cache.get(name);
  if (!text) {
    text = readFileSync(`${GEO_DIR}lang-son-${name}.geojson`, "utf8");
    cache.set(name, text);
  }
  return text;
}

let points: Map<string, LatLon> | null = null;

/** The label point (or centroid) of each 2025 commune, by official code. */
export function communePoints(): Map<string, LatLon> {
  if (!points) {
    const features = (JSON.parse(geoFileText("communes")) as { features: Feature[] }).features;
    points = new Map(
      features.flatMap((f) => {
        const p = f.properties.label_point
          ? { lon: f.properties.label_point[0], lat: f.properties.label_point[1] }
          : centroidOf(f.geometry);
        return p ? [[f.properties.code, p] as const] : [];
      }),
    );
  }
  return points;
}
