import type { IsoDate } from "@dondoc/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { countBase, countBaseDays, countDeltas, countIntervals } from "../../db/schema";

/**
 * Counts kept by the writers: how many tasks (or task lines) of each key a measure holds on any day,
 * read without scanning the tasks. Each task contributes intervals of days (`count_intervals`,
 * replaced in the transaction that changes the task); a count changes by one on an interval's first
 * day and back on the day after its last (`count_deltas`); `count_base` is every count on one day
 * (`count_base_days`), so the counts on day D are the base plus the deltas between that day and D.
 * The intervals come from the read model of occurrences only, so `rebuildIntervalCounts` derives
 * them again from scratch; the base day moves forward with the daily job (`rollIntervalBase`) only
 * to keep that window short.
 */
export type Measure = "lines" | "open-zone-tasks";

export interface CountInterval {
  taskId: string;
  key: string;
  /** a part of the key readers may filter on ("" when the measure has none) */
  bucket: string;
  from: IsoDate | null;
  to: IsoDate | null;
}

type Rows<T> = { rows: T[] };
const rowsOf = <T>(r: unknown) => (r as Rows<T>).rows;
const CHUNK = 1_000;

/** The base day of a measure, locked against a concurrent `rollIntervalBase` until the transaction ends. */
async function baseDay(db: Db, measure: Measure, today: IsoDate): Promise<IsoDate> {
  await db.insert(countBaseDays).values({ measure, day: today }).onConflictDoNothing();
  const [row] = rowsOf<{ day: string }>(
    await db.execute(sql`select day::text as day from count_base_days where measure = ${measure} for share`),
  );
  if (!row) throw new Error(`count_base_days: no row for ${measure}`);
  return row.day;
}

const contains = (i: { from: IsoDate | null; to: IsoDate | null }, day: IsoDate) =>
  (i.from === null || i.from <= day) && (i.to === null || i.to > day);

/**
 * Replaces the intervals of these tasks in `measure` by `rows` (every row's task among `taskIds`),
 * adjusting the deltas and the base; call it inside the writer's transaction.
 */
export async function replaceIntervals(
  db: Db,
  measure: Measure,
  taskIds: readonly string[],
  rows: readonly CountInterval[],
  today: IsoDate,
): Promise<void> {
  if (taskIds.length === 0) return;
  const day = await baseDay(db, measure, today);
  const old: CountInterval[] = [];
  for (let i = 0; i < taskIds.length; i += CHUNK) {
    const chunk = taskIds.slice(i, i + CHUNK);
    const where = and(eq(countIntervals.measure, measure), inArray(countIntervals.taskId, chunk));
    old.push(
      ...(await db
        .select({
          taskId: countIntervals.taskId,
          key: countIntervals.key,
          bucket: countIntervals.bucket,
          from: countIntervals.fromDay,
          to: countIntervals.toDay,
        })
        .from(countIntervals)
        .where(where)),
    );
    await db.delete(countIntervals).where(where);
  }
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insert(countIntervals)
      .values(
        rows.slice(i, i + CHUNK).map((r) => ({ measure, taskId: r.taskId, key: r.key, bucket: r.bucket, fromDay: r.from, toDay: r.to })),
      );

  const deltas = new Map<string, { bucket: string; key: string; day: IsoDate; n: number }>();
  const base = new Map<string, { bucket: string; key: string; n: number }>();
  const add = (bucket: string, key: string, d: IsoDate, n: number) => {
    const k = `${bucket}\u0000${key}\u0000${d}`;
    const e = deltas.get(k) ?? { bucket, key, day: d, n: 0 };
    e.n += n;
    deltas.set(k, e);
  };
  for (const [list, sign] of [
    [old, -1],
    [rows, 1],
  ] as const) {
    for (const r of list) {
      if (r.from !== null) add(r.bucket, r.key, r.from, sign);
      if (r.to !== null) add(r.bucket, r.key, r.to, -sign);
      if (contains(r, day)) {
        const k = `${r.bucket}\u0000${r.key}`;
        const e = base.get(k) ?? { bucket: r.bucket, key: r.key, n: 0 };
        e.n += sign;
        base.set(k, e);
      }
    }
  }
  // in one order, so that two writers touching the same counts wait for each other instead of deadlocking
  const byKey = <T extends { bucket: string; key: string }>(a: T, b: T) =>
    a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  const changedDeltas = [...deltas.values()].filter((d) => d.n !== 0).sort((a, b) => byKey(a, b) || a.day.localeCompare(b.day));
  const changedBase = [...base.values()].filter((d) => d.n !== 0).sort(byKey);
  for (let i = 0; i < changedDeltas.length; i += CHUNK)
    await db
      .insert(countDeltas)
      .values(changedDeltas.slice(i, i + CHUNK).map((d) => ({ measure, ...d })))
      .onConflictDoUpdate({
        target: [countDeltas.measure, countDeltas.bucket, countDeltas.key, countDeltas.day],
        set: { n: sql`${countDeltas.n} + excluded.n` },
      });
  for (let i = 0; i < changedBase.length; i += CHUNK)
    await db
      .insert(countBase)
      .values(changedBase.slice(i, i + CHUNK).map((d) => ({ measure, ...d })))
      .onConflictDoUpdate({ target: [countBase.measure, countBase.bucket, countBase.key], set: { n: sql`${countBase.n} + excluded.n` } });
}

/**
 * The counts of `measure` on `day` by key (only keys counting something): `n` over every bucket and
 * `inBuckets` over the buckets from `buckets.from` to `buckets.to` (0 when left out). One statement,
 * so a concurrent roll of the base cannot be seen half done.
 */
export async function countsOn(
  db: Db,
  measure: Measure,
  day: IsoDate,
  buckets?: { from: string; to: string },
): Promise<Map<string, { n: number; inBuckets: number }>> {
  const inBuckets = buckets ? sql`sum(n) filter (where bucket between ${buckets.from} and ${buckets.to})` : sql`0`;
  const d = sql`${day}::date`;
  const r = await db.execute(sql`with b as (select day from count_base_days where measure = ${measure})
    select key, sum(n)::int as n, coalesce(${inBuckets}, 0)::int as in_buckets from (
      select key, bucket, n from count_base where measure = ${measure}
      union all
      select c.key, c.bucket, case when c.day > b.day then c.n else -c.n end
        from count_deltas c, b
        where c.measure = ${measure} and c.day > least(b.day, ${d}) and c.day <= greatest(b.day, ${d})
    ) x group by key having sum(n) <> 0`);
  return new Map(
    rowsOf<{ key: string; n: number; in_buckets: number }>(r).map((row) => [
      row.key,
      { n: Number(row.n), inBuckets: Number(row.in_buckets) },
    ]),
  );
}

/** Moves the base of every measure to `day` (the daily job): the counts stay the same, the deltas to read get fewer. */
export async function rollIntervalBase(db: Db, day: IsoDate): Promise<void> {
  await db.transaction(async (tx) => {
    const days = rowsOf<{ measure: string; day: string }>(
      await tx.execute(sql`select measure, day::text as day from count_base_days order by measure for update`),
    );
    for (const { measure, day: from } of days) {
      if (from === day) continue;
      const forward = from < day;
      const [lo, hi] = forward ? [from, day] : [day, from];
      await tx.execute(sql`insert into count_base (measure, bucket, key, n)
        select measure, bucket, key, ${forward ? sql`sum(n)` : sql`-sum(n)`} from count_deltas
          where measure = ${measure} and day > ${lo}::date and day <= ${hi}::date group by measure, bucket, key
        on conflict (measure, bucket, key) do update set n = count_base.n + excluded.n`);
      await tx.execute(sql`delete from count_base where measure = ${measure} and n = 0`);
      await tx.update(countBaseDays).set({ day }).where(eq(countBaseDays.measure, measure));
    }
  });
}

/**
 * Replaces every interval of `measure` by `rows` (all tasks) and derives the deltas and the base on
 * `today` from them in SQL: the rebuild from the read model.
 */
export async function rebuildIntervalCounts(db: Db, measure: Measure, rows: Iterable<CountInterval[]>, today: IsoDate): Promise<number> {
  await db.delete(countIntervals).where(eq(countIntervals.measure, measure));
  await db.delete(countDeltas).where(eq(countDeltas.measure, measure));
  await db.delete(countBase).where(eq(countBase.measure, measure));
  await db
    .insert(countBaseDays)
    .values({ measure, day: today })
    .onConflictDoUpdate({ target: countBaseDays.measure, set: { day: today } });
  let n = 0;
  for (const batch of rows)
    for (let i = 0; i < batch.length; i += CHUNK) {
      const part = batch.slice(i, i + CHUNK);
      n += part.length;
      await db
        .insert(countIntervals)
        .values(part.map((r) => ({ measure, taskId: r.taskId, key: r.key, bucket: r.bucket, fromDay: r.from, toDay: r.to })));
    }
  await db.execute(sql`insert into count_deltas (measure, bucket, key, day, n)
    select measure, bucket, key, day, sum(n)::int from (
      select measure, bucket, key, from_day as day, 1 as n from count_intervals where measure = ${measure} and from_day is not null
      union all
      select measure, bucket, key, to_day, -1 from count_intervals where measure = ${measure} and to_day is not null
    ) x group by measure, bucket, key, day having sum(n) <> 0`);
  await db.execute(sql`insert into count_base (measure, bucket, key, n)
    select measure, bucket, key, count(*)::int from count_intervals
      where measure = ${measure} and (from_day is null or from_day <= ${today}::date) and (to_day is null or to_day > ${today}::date)
      group by measure, bucket, key`);
  return n;
}
