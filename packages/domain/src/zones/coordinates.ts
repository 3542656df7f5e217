import proj4 from "proj4";

/**
 * VN-2000 → WGS84. Lạng Sơn's provincial VN-2000 grid: Transverse Mercator, central meridian
 * 107°15', scale 0.9999, false easting 500 km (Thông tư 973/2001/TT-TCĐC), with the seven
 * Helmert parameters of Quyết định 05/2007/QĐ-BTNMT.
 */
const VN2000_LANG_SON =
  "+proj=tmerc +lat_0=0 +lon_0=107.25 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 " +
  "+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278 +units=m +no_defs";

export interface LatLon {
  lat: number;
  lon: number;
}

/** x = northing (m), y = easting (m), as Vietnamese surveys write them. */
export function vn2000ToWgs84(x: number, y: number, centralMeridian = 107.25): LatLon {
  const def = VN2000_LANG_SON.replace("+lon_0=107.25", `+lon_0=${centralMeridian}`);
  const [lon, lat] = proj4(def, "EPSG:4326", [y, x]) as [number, number];
  return { lat, lon };
}

export function wgs84ToVn2000(p: LatLon, centralMeridian = 107.25): { x: number; y: number } {
  const def = VN2000_LANG_SON.replace("+lon_0=107.25", `+lon_0=${centralMeridian}`);
  const [y, x] = proj4("EPSG:4326", def, [p.lon, p.lat]) as [number, number];
  return { x, y };
}

/** The province's extent, with a margin: a point outside is almost certainly a typing error. */
export function isInLangSon(p: LatLon): boolean {
  return p.lat > 21.2 && p.lat < 22.6 && p.lon > 105.9 && p.lon < 107.5;
}

/** Area-weighted centroid of a GeoJSON Polygon or MultiPolygon (lon/lat), for placing a zone at its commune. */
export function centroidOf(geometry: { type: string; coordinates: unknown }): LatLon | null {
  const polygons =
    geometry.type === "Polygon"
      ? [geometry.coordinates as number[][][]]
      : geometry.type === "MultiPolygon"
        ? (geometry.coordinates as number[][][][])
        : [];
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0 = 0, y0 = 0] = ring[i] ?? [];
      const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
  }
  if (area === 0) return null;
  return { lon: cx / (3 * area), lat: cy / (3 * area) };
}
