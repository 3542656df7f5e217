import type { Config } from "@dondoc/server/config";
import { type Db, openDatabase } from "@dondoc/server/db/client";
import { prepareDatabase } from "@dondoc/server/db/prepare";

/** Opens the configured database (taking the embedded folder's lock), runs `fn`, closes. */
export async function withDatabase<T>(config: Config, fn: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase(config.database);
  try {
    await prepareDatabase(database, { seed: config.seed });
    return await fn(database.db);
  } finally {
    await database.close();
  }
}
