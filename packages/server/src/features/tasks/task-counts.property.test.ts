import { type Actor, addDays, type DeadlineKind, deadlineKinds, type TaskEvent, type TaskEventType, taskEventTypes } from "@dondoc/domain";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../test/support/test-database";
import { agencies, documents, taskAssignees, taskEvents, taskOccurrences, tasks } from "../../db/schema";
import { openZoneTasksOn } from "../reporting/obligations";
import { countTaskLinesAsOf, type TaskCounts } from "./count-task-lines";
import { countsOn, rollIntervalBase } from "./interval-counts";
import { rebuildOccurrenceSpans, refreshOccurrenceSpans } from "./occurrence-read-model";
import { occurrenceStatusesAsOf, taskLinesAsOf } from "./occurrence-status";
import { syncOccurrences } from "./sync-occurrences";

/**
 * The counts the writers keep equal a scan of the task lines: random tasks (one-off and recurring,
 * with leads in and outside the registry, a person counted under the body they lead, several zones),
 * random events, written through the writers' own refresh; at random dates and periods, the task
 * counts (`countTaskLinesAsOf`, kept and scanned) and the open tasks on zones (against the statuses'
 * SQL) agree; rolling the base and rebuilding from scratch change no count. Runs on the engine of the
 * suite (PGlite, or PostgreSQL with TEST_DATABASE_URL).
 */
let t: TestContext;
const BASE = "2026-01-01";
const leader: Actor = { id: "p", name: "Thử", role: "leader", agencyId: null, registryKinds: [] };
const registry = [
  { id: "so-a", name: "Sở A", kind: "department", parentId: null },
  { id: "so-b", name: "Sở B", kind: "department", parentId: null },
  { id: "ubnd", name: "UBND tỉnh", kind: "people-committee", parentId: null },
  { id: "gd-so-a", name: "Giám đốc Sở A", kind: "person", parentId: "so-a" },
  { id: "pct", name: "Phó Chủ tịch UBND tỉnh", kind: "person", parentId: "ubnd" },
];
beforeAll(async () => {
  t = await createTestContext({ seed: false });
  await t.database.db.insert(documents).values({ id: "doc-counts", type: "Thông báo", issuer: "UBND tỉnh", title: "Thử" });
  await t.database.db.insert(agencies).values(registry.map((a) => ({ ...a, nameSearch: a.name.toLowerCase() })));
});
afterAll(() => t.cleanup());

const day = fc.integer({ min: 0, max: 120 }).map((n) => addDays(BASE, n));
const event: fc.Arbitrary<TaskEvent> = fc.record({
  type: fc.oneof(fc.constantFrom<TaskEventType>(...taskEventTypes), fc.constantFrom<TaskEventType>("submit", "confirm", "cancel")),
  on: day,
  completedOn: fc.option(day, { nil: null }),
  newDueDate: fc.option(day, { nil: null }),
});
const lead = fc.oneof(
  fc.constantFrom(...registry.map((a) => ({ agencyId: a.id as string | null, text: a.name }))),
  fc.constantFrom({ agencyId: null, text: "Bộ Công Thương" }, { agencyId: null, text: "các chủ đầu tư" }),
);
type Occurrence = { kind: "once" | "period"; due: string | null };
const task = fc.record({
  kind: fc.constantFrom<DeadlineKind>(...deadlineKinds),
  assignedOn: day,
  // a one-off line, or periods of a recurring task (due dates in any order of ids)
  occurrences: fc.oneof(
    fc.tuple(fc.option(day, { nil: null })).map(([due]): Occurrence[] => [{ kind: "once", due }]),
    fc
      .array(fc.option(day, { nil: null }), { minLength: 1, maxLength: 4 })
      .map((dues): Occurrence[] => dues.map((due) => ({ kind: "period", due }))),
  ),
  leads: fc.array(lead, { maxLength: 3 }),
  coordinators: fc.array(fc.constantFrom("so-a", "so-b", "gd-so-a"), { maxLength: 2 }),
  zoneIds: fc.subarray(["z1", "z2", "z3"]),
  events: fc.array(fc.tuple(fc.nat(3), event), { maxLength: 6 }),
});
type Task = typeof task extends fc.Arbitrary<infer T> ? T : never;

let run = 0;
async function store(list: Task[]) {
  const db = t.database.db;
  run += 1;
  await db.transaction(async (tx) => {
    const occurrenceIds: number[] = [];
    for (const [i, tk] of list.entries()) {
      const id = `counts-${run}-${i}`;
      await tx.insert(tasks).values({
        id,
        documentId: "doc-counts",
        ordinal: i,
        subject: "Thử",
        summary: "Thử",
        deadline: { kind: tk.kind, value: null },
        assignedOn: tk.assignedOn,
        zoneIds: tk.zoneIds,
      });
      const assignees = [
        ...tk.leads.map((l, p) => ({ taskId: id, role: "lead" as const, position: p, agencyId: l.agencyId, text: l.text })),
        ...tk.coordinators.map((c, p) => ({ taskId: id, role: "coordinator" as const, position: p, agencyId: c, text: c })),
      ];
      if (assignees.length > 0) await tx.insert(taskAssignees).values(assignees);
      const ids = await tx
        .insert(taskOccurrences)
        .values(
          tk.occurrences.map((o, p) => ({
            taskId: id,
            kind: o.kind,
            period: `p${p}`,
            label: "Thử",
            dueDate: o.due,
            deadlineKind: tk.kind,
          })),
        )
        .returning({ id: taskOccurrences.id });
      occurrenceIds.push(...ids.map((o) => o.id));
      const events = tk.events.flatMap(([n, e]) => {
        const o = ids[n % ids.length];
        return o ? [{ occurrenceId: o.id, ...e, actorName: "Thử" }] : [];
      });
      if (events.length > 0) await tx.insert(taskEvents).values(events);
    }
    // the writers' path: the read model of the occurrences written, then their tasks' counts
    await refreshOccurrenceSpans(tx, occurrenceIds);
  });
}

const sorted = (c: TaskCounts) => ({ ...c, byBody: [...c.byBody].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) });

/** The scan: the same question asked with a condition, which the kept counts do not answer. */
const scanned = (asOf: string, period?: { from: string; to: string }) =>
  countTaskLinesAsOf(t.database.db, leader, asOf, { period, where: sql`true` });
const kept = (asOf: string, period?: { from: string; to: string }) => countTaskLinesAsOf(t.database.db, leader, asOf, { period });

/** The open tasks on zones by the statuses' SQL, grouped as `openZoneTasksOn` groups them. */
async function openByScan(asOf: string) {
  const db = t.database.db;
  const lines = await occurrenceStatusesAsOf(db, asOf, taskLinesAsOf(asOf));
  const open = new Set(lines.filter((l) => !["done-on-time", "done-late", "cancelled"].includes(l.status)).map((l) => l.taskId));
  const rows = await db.execute(sql`select t.id, t.zone_ids, t.assigned_on::text as assigned_on,
      coalesce(array_agg(distinct a.agency_id) filter (where a.role = 'lead'), '{}') as leads,
      coalesce(array_agg(distinct a.agency_id) filter (where a.role <> 'lead'), '{}') as coordinators
    from tasks t join task_assignees a on a.task_id = t.id and a.agency_id is not null
    where cardinality(t.zone_ids) > 0 group by t.id`);
  const groups = new Map<string, number>();
  const list = (v: string[] | string) => (Array.isArray(v) ? v : v.replace(/^{|}$/g, "").split(",").filter(Boolean));
  type Row = { id: string; zone_ids: string[] | string; assigned_on: string; leads: string[] | string; coordinators: string[] | string };
  for (const r of (rows as unknown as { rows: Row[] }).rows) {
    if (!open.has(r.id) || r.assigned_on > asOf) continue;
    const key = JSON.stringify([[...new Set(list(r.zone_ids))].sort(), list(r.leads).sort(), list(r.coordinators).sort()]);
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return groups;
}
const openKept = async (asOf: string) =>
  new Map((await openZoneTasksOn(t.database.db, asOf)).map((g) => [JSON.stringify([g.zoneIds, g.leads, g.coordinators]), g.tasks]));

const months = fc.constantFrom(
  undefined,
  { from: "2026-01-01", to: "2026-01-31" },
  { from: "2026-02-01", to: "2026-03-31" },
  { from: "2026-01-01", to: "2026-12-31" },
);

describe("the counts the writers keep = a scan of the task lines", () => {
  it("for 600 random tasks, at random dates and periods", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(task, { minLength: 150, maxLength: 150 }),
        fc.array(fc.tuple(day, months), { minLength: 4, maxLength: 4 }),
        async (list, asked) => {
          await store(list);
          for (const [asOf, period] of [...asked, [addDays(BASE, -1), undefined] as const, [addDays(BASE, 200), undefined] as const]) {
            expect({ asOf, period, counts: sorted(await kept(asOf, period)) }).toEqual({
              asOf,
              period,
              counts: sorted(await scanned(asOf, period)),
            });
            expect({ asOf, open: await openKept(asOf) }).toEqual({ asOf, open: await openByScan(asOf) });
          }
        },
      ),
      { numRuns: 4, endOnFailure: true },
    );
  }, 600_000);

  it("a new occurrence written by syncOccurrences is counted in the same transaction", async () => {
    const db = t.database.db;
    await db.insert(tasks).values({
      id: "counts-sync",
      documentId: "doc-counts",
      ordinal: 0,
      subject: "Báo cáo hằng tháng",
      summary: "Báo cáo hằng tháng",
      deadline: { kind: "recurring-monthly", value: "5" },
      assignedOn: "2026-01-01",
      zoneIds: ["z1"],
    });
    await db.insert(taskAssignees).values({ taskId: "counts-sync", role: "lead", position: 0, agencyId: "so-b", text: "Sở B" });
    const before = await kept("2026-03-10");
    expect(await syncOccurrences(db, "2026-03-10", ["counts-sync"])).toBeGreaterThan(0);
    const after = await kept("2026-03-10");
    const lines = (c: TaskCounts) => Object.values(c.byStatus).reduce((a, b) => a + b, 0);
    expect(lines(after)).toBeGreaterThan(lines(before));
    expect(sorted(after)).toEqual(sorted(await scanned("2026-03-10")));
  });

  it("rolling the base to another day and rebuilding from scratch change no count", async () => {
    const db = t.database.db;
    const dates = [addDays(BASE, -1), addDays(BASE, 30), addDays(BASE, 75), addDays(BASE, 130)];
    const all = async () => Promise.all(dates.flatMap((d) => [countsOn(db, "lines", d), countsOn(db, "open-zone-tasks", d)]));
    const before = await all();
    expect(before[2]?.size).toBeGreaterThan(10);
    await rollIntervalBase(db, addDays(BASE, 60));
    expect(await all()).toEqual(before);
    await rollIntervalBase(db, addDays(BASE, -30));
    expect(await all()).toEqual(before);
    const intervals = () =>
      db
        .execute(sql`select measure, task_id, key, bucket, from_day::text, to_day::text from count_intervals order by 1, 2, 3, 4, 5, 6`)
        .then((r) => (r as unknown as { rows: unknown[] }).rows);
    const kept = await intervals();
    await db.execute(sql`delete from count_intervals`);
    await db.execute(sql`delete from count_deltas`);
    await db.execute(sql`delete from count_base`);
    await rebuildOccurrenceSpans(db);
    expect(await intervals()).toEqual(kept);
    expect(await all()).toEqual(before);
  }, 600_000);
});
