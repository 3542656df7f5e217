import { fileURLToPath } from "node:url";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { Database, Db } from "./client";

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

/** Applies pending migrations. Call inside `withExclusiveLock` so that two instances never both migrate. */
export async function migrate(engine: Database["engine"], db: Db): Promise<void> {
  if (engine === "postgres") await migratePg(db as unknown as NodePgDatabase, { migrationsFolder });
  else await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
}
