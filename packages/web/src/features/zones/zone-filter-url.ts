import { type ZoneFilter, zoneFilter } from "@dondoc/domain";

const keys = Object.keys(zoneFilter.shape) as (keyof ZoneFilter)[];
const defaults = zoneFilter.parse({});

/** The list's filters read from the address bar; a value that does not parse is ignored, not an error. */
export function filterFromSearch(params: URLSearchParams): ZoneFilter {
  const raw: Record<string, unknown> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value === null || value.trim() === "") continue;
    const parsed = zoneFilter.shape[key].safeParse(key === "q" ? value : value.trim());
    if (parsed.success && parsed.data !== undefined) raw[key] = parsed.data;
  }
  return zoneFilter.parse(raw);
}

/** The filters as a query string, without the defaults, in a stable order. */
export function searchFromFilter(filter: Partial<ZoneFilter>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = filter[key];
    if (value === undefined || value === null || value === "" || value === defaults[key]) continue;
    params.set(key, String(value));
  }
  return params;
}

/** A filter change other than paging goes back to the first page. */
export function changeFilter(current: ZoneFilter, change: Partial<ZoneFilter>): ZoneFilter {
  const pagingOnly = Object.keys(change).every((k) => k === "page" || k === "pageSize");
  const next = { ...current, ...change } as ZoneFilter;
  if (!pagingOnly) next.page = 1;
  for (const key of keys) if (next[key] === undefined || next[key] === "") delete next[key];
  return zoneFilter.parse(next);
}
