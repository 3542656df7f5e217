import { type TaskStatus, taskStatuses } from "@dondoc/domain";
import type { TaskQuery } from "../../api/tasks-api";

export const inboxTabs = ["due-soon", "overdue", "all"] as const;
export type InboxTab = (typeof inboxTabs)[number];

/** The inbox's state, kept in the address bar so that a link or a reload shows the same list. */
export interface InboxFilter {
  tab: InboxTab;
  status?: TaskStatus;
  agency?: string;
  document?: string;
  zone?: string;
  /** the list as of a past date (YYYY-MM-DD); today when absent */
  asOf?: string;
  /** words of the subject or summary, with or without accents (the server folds them) */
  q?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[\w.-]{1,120}$/;

/** Reads the inbox's filters; a value that does not parse is ignored. */
export function inboxFilterFromSearch(params: URLSearchParams): InboxFilter {
  const tab = params.get("tab");
  const filter: InboxFilter = { tab: (inboxTabs as readonly string[]).includes(tab ?? "") ? (tab as InboxTab) : "due-soon" };
  const status = params.get("status");
  if (status && (taskStatuses as readonly string[]).includes(status)) filter.status = status as TaskStatus;
  for (const key of ["agency", "document", "zone"] as const) {
    const value = params.get(key)?.trim();
    if (value && ID.test(value)) filter[key] = value;
  }
  const asOf = params.get("asOf");
  if (asOf && ISO_DATE.test(asOf)) filter.asOf = asOf;
  const q = params.get("q")?.normalize("NFC").trim();
  if (q) filter.q = q.slice(0, 200);
  return filter;
}

export function searchFromInboxFilter(filter: InboxFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.tab !== "due-soon") params.set("tab", filter.tab);
  for (const key of ["status", "agency", "document", "zone", "asOf", "q"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The API query of one tab: due soon and overdue are the server's `due` filter; a status filter only applies to "all". */
export function taskQueryOf(filter: InboxFilter, tab: InboxTab = filter.tab): TaskQuery {
  const query: TaskQuery = {};
  if (filter.asOf) query.asOf = filter.asOf;
  if (filter.agency) query.agency = filter.agency;
  if (filter.document) query.document = filter.document;
  if (filter.zone) query.zone = filter.zone;
  if (filter.q) query.q = filter.q;
  if (tab === "due-soon" || tab === "overdue") query.due = tab;
  else if (filter.status) query.status = filter.status;
  return query;
}

/**
 * The tab an inbox opens on when the address names none: overdue first, then due soon, then all;
 * null while a count is still unknown.
 */
export function openingTab(counts: Record<InboxTab, number | undefined>): InboxTab | null {
  for (const tab of ["overdue", "due-soon"] as const) {
    const n = counts[tab];
    if (n === undefined) return null;
    if (n > 0) return tab;
  }
  return "all";
}
