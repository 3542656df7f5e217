import {
  addDays,
  assessTask,
  type DeadlineKind,
  deadlineKinds,
  factsFromEvents,
  pendingExtension,
  pendingSubmission,
  type TaskEvent,
  type TaskEventType,
  taskEventTypes,
} from "@dondoc/domain";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../test/support/test-database";
import { documents, taskEvents, taskOccurrences, tasks } from "../../db/schema";
import { rebuildOccurrenceSpans, refreshOccurrenceSpans } from "./occurrence-read-model";
import { occurrenceStatusesAsOf } from "./occurrence-status";

/**
 * The SQL statuses over the read model equal the domain's `assessTask(factsFromEvents(...), asOf)`
 * for random timelines and dates (4 runs × 250 timelines × 8 dates). Runs on the engine of the suite
 * (PGlite, or PostgreSQL with TEST_DATABASE_URL).
 */
let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ seed: false });
  await t.database.db.insert(documents).values({ id: "doc-prop", type: "Thông báo", issuer: "UBND tỉnh", title: "Thử" });
});
afterAll(() => t.cleanup());

const BASE = "2026-01-01";
// a short window, so that events, due dates and the dates asked often fall on the same day
const day = fc.integer({ min: 0, max: 20 }).map((n) => addDays(BASE, n));
const event: fc.Arbitrary<TaskEvent> = fc.record({
  type: fc.oneof(
    fc.constantFrom<TaskEventType>(...taskEventTypes),
    fc.constantFrom<TaskEventType>("submit", "confirm", "extension-request", "extension-approve"),
  ),
  on: day,
  completedOn: fc.option(day, { nil: null }),
  newDueDate: fc.option(day, { nil: null }),
});
const timeline = fc.record({
  kind: fc.constantFrom<DeadlineKind>(...deadlineKinds),
  dueDate: fc.option(day, { nil: null }),
  events: fc.array(event, { maxLength: 8 }),
});
type Timeline = { kind: DeadlineKind; dueDate: string | null; events: TaskEvent[] };

let run = 0;
async function store(list: Timeline[]): Promise<number[]> {
  const db = t.database.db;
  run += 1;
  const ids: number[] = [];
  await db.transaction(async (tx) => {
    for (const [i, tl] of list.entries()) {
      const id = `prop-${run}-${i}`;
      await tx.insert(tasks).values({
        id,
        documentId: "doc-prop",
        ordinal: i,
        subject: "Thử",
        summary: "Thử",
        deadline: { kind: tl.kind, value: null },
        assignedOn: BASE,
      });
      const [o] = await tx
        .insert(taskOccurrences)
        .values({ taskId: id, kind: "once", period: "once", label: "Thử", dueDate: tl.dueDate, deadlineKind: tl.kind })
        .returning({ id: taskOccurrences.id });
      if (!o) throw new Error("occurrence not stored");
      ids.push(o.id);
      if (tl.events.length > 0) await tx.insert(taskEvents).values(tl.events.map((e) => ({ occurrenceId: o.id, ...e, actorName: "Thử" })));
    }
    await refreshOccurrenceSpans(tx, ids);
  });
  return ids;
}

describe("statuses as of a date in SQL = assessTask(factsFromEvents(...))", () => {
  it("for 1 000 random timelines, each at 8 random dates", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(timeline, { minLength: 250, maxLength: 250 }),
        fc.array(day, { minLength: 8, maxLength: 8 }),
        async (list, dates) => {
          const ids = await store(list);
          const index = new Map(ids.map((id, i) => [id, i]));
          for (const asOf of [...dates, addDays(BASE, -1), addDays(BASE, 40)]) {
            const rows = (await occurrenceStatusesAsOf(t.database.db, asOf)).filter((r) => index.has(r.occurrenceId));
            expect(rows).toHaveLength(list.length);
            for (const row of rows) {
              const tl = list[index.get(row.occurrenceId) ?? -1] as Timeline;
              const known = tl.events.filter((e) => e.on <= asOf);
              const expected = assessTask(factsFromEvents(tl.dueDate, tl.kind, known), asOf);
              expect({ asOf, tl, got: row }).toEqual({
                asOf,
                tl,
                got: {
                  ...row,
                  status: expected.status,
                  effectiveDueDate: expected.effectiveDueDate,
                  daysLate: expected.daysLate,
                  pendingSubmission: pendingSubmission(known),
                  pendingExtension: pendingExtension(known),
                },
              });
            }
          }
        },
      ),
      { numRuns: 4, endOnFailure: true },
    );
  }, 600_000);

  it("the rebuild from the events reproduces the read model exactly (dropped, then rebuilt)", async () => {
    const db = t.database.db;
    const snapshot = () =>
      db
        .execute(sql`select * from occurrence_spans order by occurrence_id, valid_from`)
        .then((r) => (r as unknown as { rows: unknown[] }).rows);
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(500);
    await db.execute(sql`delete from occurrence_spans`);
    expect(await snapshot()).toEqual([]);
    const rebuilt = await rebuildOccurrenceSpans(db);
    expect(rebuilt.spans).toBe(before.length);
    expect(await snapshot()).toEqual(before);
  }, 600_000);
});
