import { today } from "../clock";
import { ensureReadModel } from "../features/tasks/occurrence-read-model";
import { syncOccurrences } from "../features/tasks/sync-occurrences";
import { ensureTaskSearchKeys } from "../features/tasks/task-search-keys";
import { log } from "../log";
import { loadObligations } from "../seed/load-obligations";
import { loadReferenceData } from "../seed/load-reference-data";
import { loadSeedTasks } from "../seed/load-seed-tasks";
import type { Database } from "./client";
import { migrate } from "./migrate";

/**
 * Migrates and loads the reference data under the cluster-wide lock: two instances starting
 * together on one PostgreSQL wait for each other instead of both migrating.
 */
export async function prepareDatabase(database: Database, options: { seed: boolean }): Promise<void> {
  await database.withExclusiveLock(async (db) => {
    const started = performance.now();
    await migrate(database.engine, db);
    await ensureReadModel(db);
    await ensureTaskSearchKeys(db);
    const seeded = options.seed
      ? { ...(await loadReferenceData(db)), ...(await loadSeedTasks(db)), ...(await loadObligations(db)) }
      : { zonesInserted: 0 };
    // occurrences are written here, by the writers and by the daily job; reads never create them
    await syncOccurrences(db, today());
    log.info("database ready", { engine: database.engine, ms: Math.round(performance.now() - started), ...seeded });
  });
}
