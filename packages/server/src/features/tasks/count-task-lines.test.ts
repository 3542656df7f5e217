import { type Actor, taskStatuses } from "@dondoc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../test/support/test-database";
import { listTaskLines } from "./list-tasks";
import { countTaskLinesAsOf } from "./occurrence-status";

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
        const lines = await listTaskLines(t.database.db, actor, { asOf });
        const counts = await countTaskLinesAsOf(t.database.db, actor, asOf);
        const byStatus = Object.fromEntries(taskStatuses.map((s) => [s, lines.filter((l) => l.status === s).length]));
        expect(counts.byStatus).toEqual(byStatus);
        const overdue = new Map<string, number>();
        for (const l of lines.filter((x) => x.status === "overdue"))
          for (const lead of l.leads) overdue.set(lead.agencyId ?? lead.text, (overdue.get(lead.agencyId ?? lead.text) ?? 0) + 1);
        expect(Object.fromEntries(counts.overdueByLead.map((r) => [r.agencyId ?? r.agency, r.count]))).toEqual(Object.fromEntries(overdue));
      });
});
