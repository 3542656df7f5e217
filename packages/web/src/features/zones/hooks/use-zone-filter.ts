import type { ZoneFilter } from "@dondoc/domain";
import { useCallback, useMemo, useRef } from "react";
import { useSearchParams } from "react-router";
import { changeFilter, filterFromSearch, searchFromFilter } from "../zone-filter-url";

/** The list's filters live in the query string; `update` is stable so that it can sit in effects. */
export function useZoneFilter(): [ZoneFilter, (change: Partial<ZoneFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromSearch(params), [params]);
  const latest = useRef({ filter, setParams });
  latest.current = { filter, setParams };
  const update = useCallback((change: Partial<ZoneFilter>) => {
    const { filter: current, setParams: set } = latest.current;
    set(searchFromFilter(changeFilter(current, change)), { replace: "q" in change && Object.keys(change).length === 1 });
  }, []);
  return [filter, update];
}
