import { geoFileText } from "../geo/geo-files";

/**
 * The province drawn for an inline SVG: the commune and province outlines (assets/geo) projected
 * once to a fixed viewBox (equirectangular, longitude scaled by the cosine of the middle latitude),
 * simplified to about half a pixel and written as compact relative paths. Computed once per process.
 */
export const MAP_WIDTH = 600;
const PAD = 6;
const TOLERANCE = 0.5;

type Ring = [number, number][];
interface Feature {
  properties: { former_district?: string; label_point?: [number, number] };
  geometry: { type: string; coordinates: unknown };
}
export interface Projection {
  width: number;
  height: number;
  project(lon: number, lat: number): [number, number];
}
export interface BaseMap extends Projection {
  province: string;
  communes: string;
  /** former districts' names at the middle of their communes (merged ones left out) */
  districtLabels: { name: string; x: number; y: number }[];
}

function ringsOf(geometry: Feature["geometry"]): Ring[] {
  if (geometry.type === "Polygon") return geometry.coordinates as Ring[];
  if (geometry.type === "MultiPolygon") return (geometry.coordinates as Ring[][]).flat();
  return [];
}

function projectionOf(rings: Ring[]): Projection {
  let [minLon, maxLon, minLat, maxLat] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const ring of rings)
    for (const [lon, lat] of ring) {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = (MAP_WIDTH - 2 * PAD) / ((maxLon - minLon) * kx);
  return {
    width: MAP_WIDTH,
    height: Math.ceil((maxLat - minLat) * scale + 2 * PAD),
    project: (lon, lat) => [PAD + (lon - minLon) * kx * scale, PAD + (maxLat - lat) * scale],
  };
}

/** Douglas–Peucker on projected points, iterative. */
export function simplify(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    const [ax, ay] = points[first] as [number, number];
    const [bx, by] = points[last] as [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let worst = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i] as [number, number];
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > worst) [worst, index] = [d, i];
    }
    if (worst > tolerance && index > 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** A closed ring as "M x y l dx dy … z", at one decimal, in viewBox units. */
function pathOf(ring: Ring, projection: Projection, tolerance: number): string {
  const points = simplify(
    ring.map(([lon, lat]) => projection.project(lon, lat)),
    tolerance,
  ).map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)] as const);
  if (points.length < 3) return "";
  const [x0, y0] = points[0] as readonly [number, number];
  const parts = [`M${x0 / 10} ${y0 / 10}l`];
  let [px, py] = [x0, y0];
  for (const [x, y] of points.slice(1)) {
    if (x === px && y === py) continue;
    const dx = (x - px) / 10;
    const dy = (y - py) / 10;
    parts.push(`${dx}${dy < 0 ? "" : " "}${dy} `);
    [px, py] = [x, y];
  }
  return `${parts
    .join("")
    .trimEnd()
    .replace(/ -/g, "-")
    .replace(/(^|[ l-])0\./g, "$1.")}z`;
}

let base: BaseMap | null = null;

export function baseMap(): BaseMap {
  if (base) return base;
  const province = (JSON.parse(geoFileText("province")) as { features: Feature[] }).features;
  const communes = (JSON.parse(geoFileText("communes")) as { features: Feature[] }).features;
  const provinceRings = province.flatMap((f) => ringsOf(f.geometry));
  const projection = projectionOf(provinceRings);
  const districts = new Map<string, [number, number][]>();
  for (const f of communes) {
    const name = f.properties.former_district;
    const point = f.properties.label_point;
    if (!name || !point || name.includes("+")) continue;
    districts.set(name, [...(districts.get(name) ?? []), projection.project(point[0], point[1])]);
  }
  base = {
    ...projection,
    province: provinceRings.map((r) => pathOf(r, projection, TOLERANCE)).join(""),
    communes: communes
      .flatMap((f) => ringsOf(f.geometry))
      .map((r) => pathOf(r, projection, TOLERANCE * 2))
      .join(""),
    districtLabels: [...districts].map(([name, points]) => ({
      name,
      x: Math.round(points.reduce((s, p) => s + p[0], 0) / points.length),
      y: Math.round(points.reduce((s, p) => s + p[1], 0) / points.length),
    })),
  };
  return base;
}

let outline: string | null = null;

/** The province outline alone, coarser: the locator map of a zone page. */
export function provinceOutline(): string {
  if (outline) return outline;
  const map = baseMap();
  const province = (JSON.parse(geoFileText("province")) as { features: Feature[] }).features;
  outline = province
    .flatMap((f) => ringsOf(f.geometry))
    .map((r) => pathOf(r, map, 1.2))
    .join("");
  return outline;
}
