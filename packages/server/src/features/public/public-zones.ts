import { AppError, asOfOf, compareVi, foldVi, type PublicZone, toPublicZone, type ZoneFilter } from "@dondoc/domain";
import { eq } from "drizzle-orm";
import { now } from "../../clock";
import type { Db } from "../../db/client";
import { zones } from "../../db/schema";
import { getZone } from "../zones/get-zone";

/**
 * The published zones as the public sees them, computed once and kept for a few seconds: a crowd
 * of visitors reads memory, not the database. Any zone write in this instance drops the cache.
 */
const TTL_MS = 10_000;
let cache: { at: number; items: PublicZone[]; asOf: string | null } | null = null;

const rendered = new Map<string, string>();

export function invalidatePublicZones(): void {
  cache = null;
  rendered.clear();
}

/** A rendered public response, kept as long as the zone cache it was made from. */
export async function renderedOnce(
  db: Db,
  key: string,
  render: (zones: { items: PublicZone[]; asOf: string | null }) => string,
): Promise<string> {
  const before = cache;
  const zones = await publicZones(db);
  if (zones !== before) rendered.clear();
  let body = rendered.get(key);
  if (body === undefined) {
    body = render(zones);
    if (rendered.size > 500) rendered.clear();
    rendered.set(key, body);
  }
  return body;
}

export async function publicZones(db: Db): Promise<{ items: PublicZone[]; asOf: string | null }> {
  if (cache && now().getTime() - cache.at < TTL_MS) return cache;
  const rows = await db.select({ id: zones.id }).from(zones).where(eq(zones.published, true));
  const details = await Promise.all(rows.map((r) => getZone(db, r.id)));
  const items = details.map(toPublicZone).sort((a, b) => compareVi(a.name, b.name));
  const asOf =
    details
      .map(asOfOf)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  cache = { at: now().getTime(), items, asOf };
  return cache;
}

export type PublicFilter = Pick<ZoneFilter, "kind" | "stage" | "phase" | "q"> & {
  formerDistrict?: string;
  commune?: string;
  freeLand?: boolean;
};

/** The registry's filters on the public list (names instead of ids for district and commune), plus "has free land". */
export function filterPublicZones(items: PublicZone[], f: PublicFilter): PublicZone[] {
  const q = f.q ? ` ${foldVi(f.q)}` : null;
  return items.filter(
    (z) =>
      (!f.kind || z.kind === f.kind) &&
      (!f.stage || z.stage === f.stage) &&
      (!f.phase || z.phase === f.phase) &&
      (!f.formerDistrict || foldVi(z.formerDistrict ?? "").includes(foldVi(f.formerDistrict))) &&
      (!f.commune || z.communes.some((c) => foldVi(c).includes(foldVi(f.commune ?? "")))) &&
      (!f.freeLand || (z.freeLandHa !== null && z.freeLandHa > 0)) &&
      (!q || ` ${foldVi([z.name, ...z.communes, z.formerDistrict ?? ""].join(" | "))}`.includes(q)),
  );
}

export async function publicZone(db: Db, id: string): Promise<{ zone: PublicZone; asOf: string | null }> {
  const { items, asOf } = await publicZones(db);
  const zone = items.find((z) => z.id === id);
  if (!zone) throw new AppError("not_found", "Không tìm thấy khu, cụm này.");
  return { zone, asOf };
}
