import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setClock } from "../packages/server/src/clock";
import { loadConfig } from "../packages/server/src/config";
import { openDatabase } from "../packages/server/src/db/client";
import { prepareDatabase } from "../packages/server/src/db/prepare";
import { openZoneTasksOn } from "../packages/server/src/features/reporting/obligations";
import { loadSubmissions } from "../packages/server/src/features/reports/load-report-data";

/**
 * Prints, for the seed data on 25/11/2026: the bodies the November 2026 monthly report lists as
 * "Chưa nộp – quá hạn", and the time of the scorecards computation (embedded database, or
 * PostgreSQL when DATABASE_URL is set): `npx tsx scripts/bench-scorecards.ts`. Numbers, not a test.
 */
const TODAY = "2026-11-25";
setClock(`${TODAY}T10:00:00+07:00`);
const dir = mkdtempSync(join(tmpdir(), "dondoc-bench-sc-"));
const database = await openDatabase(loadConfig({ ...process.env, DATA_DIR: dir, LOG_LEVEL: "silent" }).database);
await prepareDatabase(database, { seed: true });
const db = database.db;

const items = (await loadSubmissions(db, "month", "2026-11", TODAY)) ?? [];
const open = await openZoneTasksOn(db, "2026-11-17");
console.log(`open tasks on zones on 17/11/2026: ${open.length}`);
const overdue = items.filter((x) => x.status === "overdue");
console.log(`engine: ${database.engine}`);
console.log(
  `November 2026, as of ${TODAY}: ${items.length} expected, ${new Set(overdue.map((x) => x.reporter)).size} bodies "Chưa nộp – quá hạn"`,
);
for (const x of overdue) console.log(`  - ${x.reporter}${"reason" in x && x.reason ? ` (${x.reason})` : ""}`);

await database.close();
rmSync(dir, { recursive: true, force: true });
