import { useQuery } from "@tanstack/react-query";
import { getZone, zoneKeys } from "../../../api/zones-api";

export function useZone(id: string) {
  return useQuery({ queryKey: zoneKeys.detail(id), queryFn: ({ signal }) => getZone(id, signal) });
}
