import { zoneStages } from "@dondoc/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Flex, Space, Typography } from "antd";
import { useCallback, useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { getZone, listZones, updateZone, zoneKeys } from "../../../api/zones-api";
import { useI18n } from "../../../i18n/i18n-context";
import { ErrorAlert, QueryState } from "../../../shared/query-state";
import { useMapConfig } from "../../../shared/use-reference";
import { useCan } from "../../auth/hooks/use-me";
import { MapLegend } from "../components/map-legend";
import { PlaceZonePanel } from "../components/place-zone-panel";
import { UnlocatedList } from "../components/unlocated-list";
import { ZoneMap } from "../components/zone-map";
import { unlocatedZones, zonePoints } from "../zone-features";
import { zonePopup } from "../zone-popup";

const ALL = { pageSize: 500 } as const;

export function MapPage() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const config = useMapConfig();
  const can = useCan();
  const zones = useQuery({ queryKey: zoneKeys.list(ALL), queryFn: ({ signal }) => listZones(ALL, signal) });
  const [placingId, setPlacingId] = useState<string | null>(null);

  const items = useMemo(() => zones.data?.items ?? [], [zones.data]);
  const points = useMemo(() => zonePoints(items), [items]);
  const unlocated = useMemo(() => unlocatedZones(items), [items]);
  const stages = useMemo(() => zoneStages.filter((s) => items.some((z) => z.stage === s)), [items]);
  const approximateCount = items.filter((z) => z.location?.approximate).length;
  const editable = useMemo(() => items.filter((z) => can.editZone(z)), [items, can]);

  // the version comes from the detail, so that a concurrent edit is refused (409), not overwritten
  const place = useMutation({
    mutationFn: async ({ id, lat, lon }: { id: string; lat: number; lon: number }) => {
      const zone = await getZone(id);
      return updateZone(id, zone.version, { location: { system: "wgs84", lat: round(lat), lon: round(lon) } });
    },
    onSuccess: async (saved) => {
      setPlacingId(null);
      queryClient.setQueryData(zoneKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: zoneKeys.all });
      void message.success(t("map.place.saved", { name: saved.name }));
    },
  });
  const onPlace = useCallback((lat: number, lon: number) => placingId && place.mutate({ id: placingId, lat, lon }), [placingId, place]);
  const renderPopup = useCallback((zone: Parameters<typeof zonePopup>[0]) => zonePopup(zone, i18n, navigate), [i18n, navigate]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("map.title")}
      </Typography.Title>
      {zones.error ? <ErrorAlert error={zones.error} /> : null}
      {place.error ? <ErrorAlert error={place.error} /> : null}
      <Flex gap={16} align="stretch" wrap>
        <div
          style={{
            position: "relative",
            flex: "1 1 600px",
            minHeight: 620,
            border: "1px solid #d9d9d9",
            borderRadius: 4,
            overflow: "hidden",
          }}
        >
          <QueryState query={config}>
            {(mapConfig) => (
              <ZoneMap
                config={mapConfig}
                lang={lang}
                points={points}
                placing={Boolean(placingId)}
                onPlace={onPlace}
                renderPopup={renderPopup}
              />
            )}
          </QueryState>
        </div>
        <Space orientation="vertical" size="middle" style={{ flex: "0 0 320px" }}>
          <UnlocatedList zones={unlocated} />
          <MapLegend stages={stages} approximateCount={approximateCount} />
          {editable.length > 0 ? (
            <PlaceZonePanel zones={editable} selectedId={placingId} saving={place.isPending} onSelect={setPlacingId} />
          ) : null}
          {config.data && !config.data.tileUrl ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("map.noTiles")}
            </Typography.Text>
          ) : null}
        </Space>
      </Flex>
    </Space>
  );
}

/** About 1 m: enough for a zone's point, and a stable value in the history. */
const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;
