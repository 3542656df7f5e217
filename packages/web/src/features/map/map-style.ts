import type { StyleSpecification } from "maplibre-gl";
import type { MapConfig } from "../../api/reference-api";
import type { Lang } from "../../i18n/translate";

/** Lạng Sơn's extent (GEO-SOURCES.md): [west, south, east, north]. */
export const PROVINCE_BOUNDS: [number, number, number, number] = [106.0954, 21.3253, 107.3639, 22.4617];

/**
 * A style with no tile server: a plain background, the commune and province boundaries from the
 * API, and a raster base layer only when the deployment configures one. No glyphs: no text layers.
 */
export function buildMapStyle(config: MapConfig, lang: Lang, origin: string): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {
      communes: { type: "geojson", data: `${origin}/api/geo/communes`, attribution: config.boundaryAttribution[lang] },
      province: { type: "geojson", data: `${origin}/api/geo/province` },
      zones: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
    },
    layers: [
      { id: "background", type: "background", paint: { "background-color": "#eef1f4" } },
      {
        id: "communes-fill",
        type: "fill",
        source: "communes",
        paint: { "fill-color": "#fbfaf5", "fill-opacity": config.tileUrl ? 0.15 : 1 },
      },
      { id: "communes-line", type: "line", source: "communes", paint: { "line-color": "#9aa5b1", "line-width": 0.8 } },
      { id: "province-line", type: "line", source: "province", paint: { "line-color": "#a8071a", "line-width": 2 } },
      {
        id: "zones-approximate",
        type: "circle",
        source: "zones",
        filter: ["==", ["get", "approximate"], true],
        paint: {
          "circle-radius": 7,
          "circle-color": "#ffffff",
          "circle-opacity": 0.9,
          "circle-stroke-color": ["get", "color"],
          "circle-stroke-width": 3,
        },
      },
      {
        id: "zones-exact",
        type: "circle",
        source: "zones",
        filter: ["==", ["get", "approximate"], false],
        paint: { "circle-radius": 8, "circle-color": ["get", "color"], "circle-stroke-color": "#ffffff", "circle-stroke-width": 2 },
      },
    ],
  };
  if (config.tileUrl) {
    style.sources.tiles = { type: "raster", tiles: [config.tileUrl], tileSize: 256, attribution: config.tileAttribution ?? undefined };
    style.layers.splice(1, 0, { id: "tiles", type: "raster", source: "tiles" });
  }
  return style;
}

export const ZONE_LAYERS = ["zones-exact", "zones-approximate"];
