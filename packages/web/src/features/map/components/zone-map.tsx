import { type GeoJSONSource, Map as MapLibreMap, NavigationControl, Popup, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef, useState } from "react";
import type { MapConfig } from "../../../api/reference-api";
import type { Lang } from "../../../i18n/translate";
import { buildMapStyle, PROVINCE_BOUNDS, ZONE_LAYERS } from "../map-style";
import type { ZonePointCollection, ZonePointProperties } from "../zone-features";

setWorkerUrl(workerUrl);

export interface ZoneMapProps {
  config: MapConfig;
  lang: Lang;
  points: ZonePointCollection;
  /** when set, a click on the map places this zone there instead of opening a popup */
  placing: boolean;
  onPlace(lat: number, lon: number): void;
  /** the popup's content for a zone point */
  renderPopup(zone: ZonePointProperties): HTMLElement;
}

/** MapLibre with the boundaries and zone points; no tile server unless the configuration gives one. */
export function ZoneMap(props: ZoneMapProps) {
  const { config, lang, points, placing } = props;
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [ready, setReady] = useState(false);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!container.current) return;
    const map = new MapLibreMap({
      container: container.current,
      style: buildMapStyle(config, lang, window.location.origin),
      bounds: PROVINCE_BOUNDS,
      fitBoundsOptions: { padding: { top: 24, right: 56, bottom: 64, left: 24 } },
      attributionControl: { compact: false },
      dragRotate: false,
    });
    mapRef.current = map;
    map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    map.on("load", () => {
      void (map.getSource("zones") as GeoJSONSource | undefined)?.setData(latest.current.points);
      setReady(true);
    });
    map.on("click", (event) => {
      if (latest.current.placing) {
        latest.current.onPlace(event.lngLat.lat, event.lngLat.lng);
        return;
      }
      const feature = map.queryRenderedFeatures(event.point, { layers: ZONE_LAYERS })[0];
      if (!feature) return;
      const zone = feature.properties as ZonePointProperties;
      const [lon, lat] = (feature.geometry as unknown as { coordinates: [number, number] }).coordinates;
      new Popup({ closeButton: true, maxWidth: "300px" }).setLngLat([lon, lat]).setDOMContent(latest.current.renderPopup(zone)).addTo(map);
    });
    for (const layer of ZONE_LAYERS) {
      map.on("mouseenter", layer, () => {
        if (!latest.current.placing) map.getCanvas().style.cursor = "pointer";
      });
      map.on("mouseleave", layer, () => {
        if (!latest.current.placing) map.getCanvas().style.cursor = "";
      });
    }
    return () => {
      setReady(false);
      mapRef.current = null;
      map.remove();
    };
  }, [config, lang]);

  useEffect(() => {
    if (ready) void (mapRef.current?.getSource("zones") as GeoJSONSource | undefined)?.setData(points);
  }, [ready, points]);

  useEffect(() => {
    const canvas = ready ? mapRef.current?.getCanvas() : undefined;
    if (canvas) canvas.style.cursor = placing ? "crosshair" : "";
  }, [placing, ready]);

  return <div ref={container} data-testid="zone-map" data-ready={ready ? "true" : "false"} style={{ position: "absolute", inset: 0 }} />;
}
