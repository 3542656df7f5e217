import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { eq, inArray, sql } from "drizzle-orm";
import { today } from "../clock";
import { rollIntervalBase } from "../features/tasks/interval-counts";
import { lapseMeetingPreparations } from "../features/tasks/lapse-preparations";
import { ensureReadModel } from "../features/tasks/occurrence-read-model";
import { syncOccurrences } from "../features/tasks/sync-occurrences";
import { ensureTaskSearchKeys } from "../features/tasks/task-search-keys";
import { loadObligations } from "../seed/load-obligations";
import { loadReferenceData } from "../seed/load-reference-data";
import { loadSeedTasks } from "../seed/load-seed-tasks";
import type { Database, Db } from "./client";
import { migrate } from "./migrate";
import { settings } from "./schema";

const MIGRATIONS = fileURLToPath(new URL("./migrations/", import.meta.url));
const SEED = fileURLToPath(new URL("../seed/", import.meta.url));
const SEED_KEY = "start:seed-fingerprint";
const OCCURRENCES_KEY = "start:occurrences-on";

export interface Prepared {
  ms: number;
  migrated: boolean;
  seeded: Record<string, number> | null;
  /** occurrences: written before listening, left for afterListen, or already written today */
  occurrences: "written" | "deferred" | "current";
  /** what may run once the server listens (under the same lock); resolves when done */
  afterListen(): Promise<void>;
}

/**
 * Migrates, loads the reference data and writes the occurrences, under the cluster-wide lock (two
 * instances starting together on one PostgreSQL wait for each other instead of both migrating).
 * Each step is skipped when the data is already current, so a start on existing data is a few
 * queries: migrations when the last applied one is the journal's last; the seed loaders when the
 * fingerprint of their inputs (the seed folder and the migration journal) is the one stored at the
 * last load; the occurrences when they were written today. Occurrences written on an earlier day
 * still cover the next OCCURRENCE_HORIZON_DAYS, so a later day's refresh waits until the server listens.
 */
export async function prepareDatabase(database: Database, options: { seed: boolean }): Promise<Prepared> {
  const day = today();
  const prepared = await database.withExclusiveLock(async (db) => {
    const started = performance.now();
    const migrated = !(await migrationsCurrent(db));
    if (migrated) await migrate(database.engine, db);
    await ensureReadModel(db);
    await ensureTaskSearchKeys(db);
    const state = await readState(db);
    const fingerprint = seedFingerprint();
    let seeded: Record<string, number> | null = null;
    if (options.seed && state.get(SEED_KEY) !== fingerprint) {
      seeded = { ...(await loadReferenceData(db)), ...(await loadSeedTasks(db)), ...(await loadObligations(db)) };
      await writeState(db, SEED_KEY, fingerprint);
    }
    const writtenOn = state.get(OCCURRENCES_KEY);
    // occurrences are written here, by the writers and by the daily job; reads never create them
    const occurrences = writtenOn === day ? "current" : seeded || migrated || !writtenOn ? "written" : "deferred";
    if (occurrences === "written") await writeOccurrences(db, day);
    return { ms: Math.round(performance.now() - started), migrated, seeded, occurrences } as const;
  });
  return {
    ...prepared,
    afterListen: () =>
      prepared.occurrences === "deferred" ? database.withExclusiveLock((db) => writeOccurrences(db, day)) : Promise.resolve(),
  };
}

async function writeOccurrences(db: Db, day: string) {
  await syncOccurrences(db, day);
  await rollIntervalBase(db, day);
  await lapseMeetingPreparations(db, day);
  await writeState(db, OCCURRENCES_KEY, day);
}

const rowsOf = (r: unknown) => (r as { rows: Record<string, unknown>[] }).rows;

/** Whether the last migration applied is the journal's last (one query; drizzle's migrator reads and hashes every file). */
async function migrationsCurrent(db: Db): Promise<boolean> {
  const exists = rowsOf(await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`))[0];
  if (!exists?.present) return false;
  const last = rowsOf(await db.execute(sql`select max(created_at)::text as at from drizzle.__drizzle_migrations`))[0];
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, "meta/_journal.json"), "utf8")) as { entries: { when: number }[] };
  return last?.at !== null && last?.at !== undefined && Number(last.at) === journal.entries.at(-1)?.when;
}

/** The hash of what the seed loaders read and are: every file of the seed folder, and the migration journal. */
export function seedFingerprint(): string {
  const hash = createHash("sha256");
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.includes(".test.") ? [] : [join(dir, e.name)],
    );
  for (const file of [...walk(SEED), join(MIGRATIONS, "meta/_journal.json")].sort())
    hash
      .update(file.slice(file.lastIndexOf("/src/")))
      .update("\0")
      .update(readFileSync(file));
  return hash.digest("hex");
}

async function readState(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .select()
    .from(settings)
    .where(inArray(settings.key, [SEED_KEY, OCCURRENCES_KEY]));
  return new Map(rows.map((r) => [r.key, r.value]));
}

async function writeState(db: Db, key: string, value: string) {
  const [row] = await db.select().from(settings).where(eq(settings.key, key));
  if (row) await db.update(settings).set({ value }).where(eq(settings.key, key));
  else await db.insert(settings).values({ key, value });
}
