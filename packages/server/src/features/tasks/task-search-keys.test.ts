import { taskSearchKey } from "@dondoc/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../test/support/test-database";
import { tasks } from "../../db/schema";
import { ensureTaskSearchKeys } from "./task-search-keys";

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.cleanup());

describe("task search keys", () => {
  it("every seeded task has the domain's key, and a task stored before the key existed gets it at start-up", async () => {
    const db = t.database.db;
    const rows = await db.select().from(tasks);
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect({ id: r.id, key: r.textSearch }).toEqual({ id: r.id, key: taskSearchKey(r) });
    // as migration 0010 leaves the rows recorded before it
    await db.execute(sql`update tasks set text_search = '' where id in (${rows[0]?.id}, ${rows[1]?.id})`);
    expect(await ensureTaskSearchKeys(db)).toBe(2);
    const [again] = await db
      .select()
      .from(tasks)
      .where(eq(tasks.id, rows[0]?.id ?? ""));
    expect(again?.textSearch).toBe(taskSearchKey(rows[0] as { subject: string; summary: string }));
    expect(await ensureTaskSearchKeys(db)).toBe(0);
  });
});
