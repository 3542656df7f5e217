import { useCallback, useMemo, useRef } from "react";
import { useSearchParams } from "react-router";
import { type InboxFilter, inboxFilterFromSearch, searchFromInboxFilter } from "../task-filter-url";

/** The inbox's tab and filters live in the query string; `update` is stable. */
export function useInboxFilter(): [InboxFilter, (change: Partial<InboxFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => inboxFilterFromSearch(params), [params]);
  const latest = useRef({ filter, setParams });
  latest.current = { filter, setParams };
  const update = useCallback((change: Partial<InboxFilter>) => {
    const { filter: current, setParams: set } = latest.current;
    set(searchFromInboxFilter({ ...current, ...change }));
  }, []);
  return [filter, update];
}
