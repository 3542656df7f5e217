import { taskSearchKey } from "@dondoc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { tasks } from "../../db/schema";

/**
 * Tasks recorded before the search key existed (migration 0010 adds the column empty): their key
 * is written once, at start-up, with the same domain function the writers use.
 */
export async function ensureTaskSearchKeys(db: Db): Promise<number> {
  const missing = await db
    .select({ id: tasks.id, subject: tasks.subject, summary: tasks.summary })
    .from(tasks)
    .where(eq(tasks.textSearch, ""));
  for (const t of missing)
    await db
      .update(tasks)
      .set({ textSearch: taskSearchKey(t) })
      .where(eq(tasks.id, t.id));
  return missing.length;
}
