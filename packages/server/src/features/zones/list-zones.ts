import { sortZones, totalsOf, type ZoneFilter, type ZoneList, type ZoneSummary } from "@dondoc/domain";
import type { Db } from "../../db/client";
import { presentZoneSummary } from "./zones.presenter";
import { findNames, findZoneRows, findZoneUnits } from "./zones.queries";

/** Every zone matching the filter, sorted the Vietnamese way (used by the list, the export and the map). */
export async function listAllZones(db: Db, filter: Omit<ZoneFilter, "page" | "pageSize">): Promise<ZoneSummary[]> {
  const rows = await findZoneRows(db, filter);
  const [units, names] = await Promise.all([
    findZoneUnits(
      db,
      rows.map((r) => r.id),
    ),
    findNames(db),
  ]);
  const items = rows.map((r) =>
    presentZoneSummary(
      r,
      units.filter((u) => u.zoneId === r.id),
      names,
    ),
  );
  return sortZones(items, filter.sort, filter.order);
}

/** One page, with the total count and the area and investment totals of everything matched. */
export async function listZones(db: Db, filter: ZoneFilter): Promise<ZoneList> {
  const all = await listAllZones(db, filter);
  const start = (filter.page - 1) * filter.pageSize;
  return { items: all.slice(start, start + filter.pageSize), total: all.length, totals: totalsOf(all) };
}
