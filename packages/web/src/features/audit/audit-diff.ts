/** One field of an audit entry: what it was, what it became. */
export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  change: "added" | "removed" | "changed";
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const empty = (value: unknown) => value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

/**
 * The readable difference of an entry's before and after: the fields that changed, in the order the
 * server wrote them. A creation lists what was set (empty values left out), a deletion what was removed;
 * values that are not objects compare as one unnamed field.
 */
export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  if (before == null && after == null) return [];
  if (!isRecord(before) && !isRecord(after)) return same(before, after) ? [] : [{ field: "", before, after, change: "changed" }];
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const rows: DiffRow[] = [];
  for (const field of fields) {
    const was = b[field];
    const now = a[field];
    if (same(was, now)) continue;
    if (!(field in b) || (before == null && !empty(now))) rows.push({ field, before: undefined, after: now, change: "added" });
    else if (!(field in a)) rows.push({ field, before: was, after: undefined, change: "removed" });
    else rows.push({ field, before: was, after: now, change: "changed" });
  }
  return before == null ? rows.filter((r) => !empty(r.after)) : rows;
}

/** Where an audited thing lives in the app: a zone's page, a task's (ids "task#period"), a document's; null for accounts. */
export function entityPath(entity: string, entityId: string): string | null {
  switch (entity) {
    case "zone":
      return `/zones/${encodeURIComponent(entityId)}`;
    case "task":
      return `/tasks/${encodeURIComponent(entityId.split("#")[0] ?? entityId)}`;
    case "document":
      return `/documents/${encodeURIComponent(entityId)}`;
    default:
      return null;
  }
}
