import { sql } from "drizzle-orm";
import { now } from "../../clock";
import type { Db } from "../../db/client";

/**
 * A short-lived cache of computed answers (the scorecards; the dashboard no longer uses it) keyed by what they were
 * computed from. Before using a cached answer one cheap query reads the data's fingerprint: the
 * highest id of the append-only tables (index look-ups, no table scan), the latest zone change and
 * the row count of the small tables. Rows are only appended to those tables (corrections are new
 * rows; a new task comes with its assignees and occurrences), so a write changes the fingerprint
 * and the next request recomputes. Entries also expire a minute after they were computed, for what
 * the fingerprint cannot see (an agency renamed, a backup restored).
 */
const TTL_MS = 60_000;
const MAX_ENTRIES = 50;

const FINGERPRINT = sql`select concat_ws('|',
  (select max(id) from task_assignees),
  (select max(id) from task_occurrences),
  (select max(id) from task_events),
  (select count(*) from zones),
  (select max(updated_at) from zones),
  (select max(id) from zone_facts),
  (select max(id) from land_clearance_entries),
  (select max(id) from milestone_facts),
  (select max(id) from tenant_projects),
  (select max(id) from tenant_project_reports),
  (select max(id) from report_submissions),
  (select count(*) from report_obligations),
  (select count(*) from targets),
  (select count(*) from agencies)
) as fingerprint`;

interface Entry {
  fingerprint: string;
  at: number;
  value: Promise<unknown>;
}

const caches = new WeakMap<object, Map<string, Entry>>();

export async function dataFingerprint(db: Db): Promise<string> {
  const result = (await db.execute(FINGERPRINT)) as unknown as { rows: { fingerprint: string }[] };
  return String(result.rows[0]?.fingerprint ?? "");
}

/** `compute()`, or the answer computed for the same key from the same data less than a minute ago. */
export async function cachedByData<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const fingerprint = await dataFingerprint(db);
  const hit = cache.get(key);
  // an answer still being computed (at = ∞) is shared by the requests that arrive meanwhile
  if (hit && hit.fingerprint === fingerprint && (hit.at === Number.POSITIVE_INFINITY || now().getTime() - hit.at < TTL_MS))
    return hit.value as Promise<T>;
  const value = compute();
  const entry: Entry = { fingerprint, at: Number.POSITIVE_INFINITY, value };
  cache.delete(key);
  cache.set(key, entry);
  // the minute counts from when the answer is ready (a national data set takes longer than that on PGlite)
  value.then(
    () => {
      entry.at = now().getTime();
    },
    () => {
      if (cache?.get(key) === entry) cache.delete(key);
    },
  );
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return value;
}
