import { gunzipSync, gzipSync } from "node:zlib";
import { AppError } from "@dondoc/domain";
import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { rebuildOccurrenceSpans } from "../features/tasks/occurrence-read-model";

/**
 * A logical backup: every table's rows as JSON, gzipped. The same file restores on either engine
 * (so it also moves an embedded installation to PostgreSQL). Tables in foreign-key order. The read
 * model of occurrences (`occurrence_spans`) is not saved: restore derives it again from the events.
 */
export const BACKUP_TABLES = [
  "documents",
  "admin_units",
  "unit_successions",
  "agencies",
  "zones",
  "zone_units",
  "zone_facts",
  "plan_entries",
  "figures",
  "targets",
  "users",
  "accounts",
  "sessions",
  "verifications",
  "settings",
  "audit_log",
  "document_files",
  "meetings",
  "tasks",
  "task_assignees",
  "task_occurrences",
  "task_events",
  "attachments",
  "notifications",
  "email_digests",
  "reader_drafts",
  "enquiries",
  "land_clearance_entries",
  "tenant_projects",
  "tenant_project_reports",
  "milestone_facts",
  "report_obligations",
  "report_submissions",
  "report_issues",
] as const;
const SERIAL = {
  zone_facts: "id",
  plan_entries: "id",
  audit_log: "id",
  task_assignees: "id",
  task_occurrences: "id",
  task_events: "id",
  attachments: "id",
  notifications: "id",
  enquiries: "id",
  land_clearance_entries: "id",
  tenant_projects: "id",
  tenant_project_reports: "id",
  milestone_facts: "id",
  report_submissions: "id",
  report_issues: "id",
} as const;

interface BackupFile {
  format: "dondoc-backup";
  version: 1;
  migrations: number;
  createdAt: string;
  tables: Record<string, unknown[]>;
}

const rowsOf = (r: unknown) => (r as { rows: Record<string, unknown>[] }).rows;

async function migrationCount(db: Db): Promise<number> {
  return Number(rowsOf(await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`))[0]?.n ?? 0);
}

/** Reads every table in one repeatable-read snapshot. */
export async function backupDatabase(db: Db, now: Date): Promise<Buffer> {
  const file: BackupFile = {
    format: "dondoc-backup",
    version: 1,
    migrations: await migrationCount(db),
    createdAt: now.toISOString(),
    tables: {},
  };
  await db.transaction(
    async (tx) => {
      for (const table of BACKUP_TABLES) {
        const r = await tx.execute(
          sql.raw(`select coalesce(json_agg(t), '[]'::json) as rows from (select * from "${table}" order by 1, 2) t`),
        );
        file.tables[table] = (rowsOf(r)[0]?.rows as unknown[]) ?? [];
      }
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  return gzipSync(JSON.stringify(file));
}

export function readBackup(bytes: Uint8Array): BackupFile {
  let file: BackupFile;
  try {
    file = JSON.parse(gunzipSync(bytes).toString("utf8")) as BackupFile;
  } catch {
    throw new AppError("invalid", "Tệp sao lưu bị hỏng hoặc không phải tệp sao lưu của Đôn Đốc.");
  }
  if (file.format !== "dondoc-backup" || file.version !== 1 || typeof file.tables !== "object") {
    throw new AppError("invalid", "Tệp không phải tệp sao lưu của Đôn Đốc.");
  }
  return file;
}

/** Replaces every table's content with the backup's, in one transaction: all or nothing. */
export async function restoreDatabase(db: Db, bytes: Uint8Array): Promise<{ rows: number; createdAt: string }> {
  const file = readBackup(bytes);
  const current = await migrationCount(db);
  if (file.migrations !== current) {
    throw new AppError(
      "conflict",
      `Bản sao lưu thuộc phiên bản cơ sở dữ liệu khác (${file.migrations} bước nâng cấp, hiện có ${current}).`,
    );
  }
  let rows = 0;
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw(`truncate ${BACKUP_TABLES.map((t) => `"${t}"`).join(", ")} cascade`));
    for (const table of BACKUP_TABLES) {
      const data = file.tables[table] ?? [];
      if (data.length === 0) continue;
      await tx.execute(
        sql`insert into ${sql.identifier(table)} select * from json_populate_recordset(null::${sql.identifier(table)}, ${JSON.stringify(data)}::json)`,
      );
      rows += data.length;
    }
    await rebuildOccurrenceSpans(tx);
    for (const [table, column] of Object.entries(SERIAL)) {
      await tx.execute(
        sql.raw(
          `select setval(pg_get_serial_sequence('"${table}"', '${column}'), coalesce((select max("${column}") from "${table}"), 1), (select count(*) > 0 from "${table}"))`,
        ),
      );
    }
  });
  return { rows, createdAt: file.createdAt };
}
