import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { getMapConfig, listAgencies, listDocuments, listUnits, referenceKeys } from "../api/reference-api";
import { listZones, zoneKeys } from "../api/zones-api";

const HOUR = 3_600_000;

/** The 11 district-level units abolished on 1/7/2025 (the "huyện cũ" of the filters and forms). */
export function useDistricts() {
  const query = { level: "district,city" };
  return useQuery({ queryKey: referenceKeys.units(query), queryFn: ({ signal }) => listUnits(query, signal), staleTime: HOUR });
}

/** The 65 communes and wards in force from 1/7/2025. */
export function useCommunes2025() {
  const query = { level: "commune,ward", validOn: "2025-07-01" };
  return useQuery({ queryKey: referenceKeys.units(query), queryFn: ({ signal }) => listUnits(query, signal), staleTime: HOUR });
}

export function useAgencies() {
  return useQuery({ queryKey: referenceKeys.agencies, queryFn: ({ signal }) => listAgencies(signal), staleTime: HOUR });
}

export function useDocuments() {
  return useQuery({ queryKey: referenceKeys.documents, queryFn: ({ signal }) => listDocuments(signal), staleTime: HOUR });
}

export function useMapConfig() {
  return useQuery({ queryKey: referenceKeys.mapConfig, queryFn: ({ signal }) => getMapConfig(signal), staleTime: HOUR });
}

/** id → name of districts, 2025 communes and agencies, to show ids stored in the history as names. */
export function useNames(): Map<string, string> {
  const districts = useDistricts().data;
  const communes = useCommunes2025().data;
  const agencies = useAgencies().data;
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const item of [...(districts?.items ?? []), ...(communes?.items ?? []), ...(agencies?.items ?? [])]) names.set(item.id, item.name);
    return names;
  }, [districts, communes, agencies]);
}

const ALL_ZONES = { pageSize: 500 } as const;

/** id → name of every zone (for the ids meetings and tasks hold); the same query as the map's. */
export function useZoneNameMap(): Map<string, string> {
  const zones = useQuery({ queryKey: zoneKeys.list(ALL_ZONES), queryFn: ({ signal }) => listZones(ALL_ZONES, signal), staleTime: HOUR });
  return useMemo(() => new Map((zones.data?.items ?? []).map((z) => [z.id, z.name])), [zones.data]);
}
