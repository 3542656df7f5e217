import { type Actor, accountableBodies, taskStatuses } from "@dondoc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../test/support/test-database";
import { agencies } from "../../db/schema";
import { countTaskLinesAsOf } from "./count-task-lines";
import { listTaskLines } from "./list-tasks";

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.cleanup());

const leader: Actor = { id: "u-leader", name: "Lãnh đạo", role: "leader", agencyId: null, registryKinds: [] };
const agency: Actor = { id: "u-sct", name: "Sở Công Thương", role: "agency", agencyId: "so-cong-thuong", registryKinds: ["CCN"] };

describe("task lines counted in SQL = the task lines of listTaskLines", () => {
  for (const actor of [leader, agency])
    for (const asOf of ["2025-06-30", "2025-12-31", "2026-07-15", "2026-11-25"])
      it(`${actor.role}, as of ${asOf}`, async () => {
        const registry = new Map((await t.database.db.select().from(agencies)).map((a) => [a.id, a]));
        const lines = await listTaskLines(t.database.db, actor, { asOf });
        const counts = await countTaskLinesAsOf(t.database.db, actor, asOf);
        const byStatus = Object.fromEntries(taskStatuses.map((s) => [s, lines.filter((l) => l.status === s).length]));
        expect(counts.byStatus).toEqual(byStatus);
        // each line once under each accountable body of its leads (domain accountableBodies), an unresolved lead under its text
        const byBody = new Map<string, number>();
        for (const l of lines)
          for (const body of accountableBodies(l.leads, registry)) {
            const key = `${body.id ?? "-"}|${body.name}|${l.status}`;
            byBody.set(key, (byBody.get(key) ?? 0) + 1);
          }
        const got = new Map<string, number>();
        for (const r of counts.byBody)
          got.set(`${r.bodyId ?? "-"}|${r.body}|${r.status}`, (got.get(`${r.bodyId ?? "-"}|${r.body}|${r.status}`) ?? 0) + r.count);
        expect(Object.fromEntries(got)).toEqual(Object.fromEntries(byBody));
        expect(counts.overdueWithoutBody).toBe(
          lines.filter((l) => l.status === "overdue" && l.leads.every((x) => x.agencyId === null)).length,
        );
      });

  it("counts a line given to a person under the body the person leads, never under the person", async () => {
    const counts = await countTaskLinesAsOf(t.database.db, leader, "2026-11-25");
    const persons = (await t.database.db.select().from(agencies)).filter((a) => a.kind === "person").map((a) => a.id);
    expect(persons.length).toBeGreaterThan(0);
    expect(counts.byBody.filter((r) => r.bodyId !== null && persons.includes(r.bodyId))).toEqual([]);
    expect(counts.byBody.some((r) => r.bodyId === "lanh-dao:ubnd-tinh" && r.body === "Lãnh đạo UBND tỉnh")).toBe(true);
  });
});
