import type { ZoneDetail } from "@dondoc/domain";
import { useMemo } from "react";
import { useNames } from "../../../shared/use-reference";

/** id → name for the ids a zone's fields and history hold (districts, communes, agencies). */
export function useZoneNames(zone: ZoneDetail): Map<string, string> {
  const names = useNames();
  return useMemo(() => {
    const known = new Map(names);
    if (zone.investor) known.set(zone.investor.id, zone.investor.name);
    if (zone.formerDistrict) known.set(zone.formerDistrict.id, zone.formerDistrict.name);
    for (const c of zone.communes) known.set(c.id, c.name);
    return known;
  }, [names, zone]);
}
