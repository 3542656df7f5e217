import { accountableBodyId, type ScorecardsResponse, scorecard, type TaskLine } from "@dondoc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../test/support/test-database";
import { listTaskLines } from "../tasks/list-tasks";
import { readRegistry } from "./obligations";

let t: TestContext;
let leader: Awaited<ReturnType<TestContext["as"]>>;
beforeAll(async () => {
  t = await createTestContext();
  leader = await t.as("leader");
});
afterAll(() => t.cleanup());

const cards = async (query: string) => {
  const res = await leader.get<ScorecardsResponse>(`/api/scorecards?${query}`);
  expect(res.status).toBe(200);
  return res.body;
};

/** The task lines' statuses computed by the domain one by one (`listTaskLines`), leads mapped to their bodies. */
async function domainLines(asOf: string) {
  const registry = await readRegistry(t.database.db);
  const known = new Map(registry.agencies.map((a) => [a.id, a]));
  const lines = await listTaskLines(t.database.db, { id: "x", name: "x", role: "leader", agencyId: null, registryKinds: [] }, { asOf });
  const bodies = (l: TaskLine) => [...new Set(l.leads.flatMap((x) => (x.agencyId ? [accountableBodyId(x.agencyId, known)] : [])))];
  return { lines, bodies };
}

describe("scorecards on the occurrence read model", () => {
  it("the overdue task count is the dashboard's for the same date", async () => {
    const dashboard = await leader.get<{ asOf: string; tasks: { byStatus: { overdue: number } } }>("/api/dashboard");
    const sc = await cards(`from=2026-01-01&to=2026-12-31&asOf=${dashboard.body.asOf}`);
    expect(dashboard.body.tasks.byStatus.overdue).toBeGreaterThan(0);
    expect(sc.tasksOverdue).toBe(dashboard.body.tasks.byStatus.overdue);
  });

  for (const asOf of ["2026-11-25", "2026-03-31", "2025-12-31"]) {
    it(`agrees with the domain's assessment of every task line as of ${asOf}, body by body`, async () => {
      const period = { from: `${asOf.slice(0, 4)}-01-01`, to: `${asOf.slice(0, 4)}-12-31` };
      const sc = await cards(`from=${period.from}&to=${period.to}&asOf=${asOf}`);
      const { lines, bodies } = await domainLines(asOf);
      expect(sc.tasksOverdue).toBe(lines.filter((l) => l.status === "overdue").length);
      expect(sc.tasksOverdueWithoutBody).toBe(lines.filter((l) => l.status === "overdue" && bodies(l).length === 0).length);
      const expected = scorecard(
        lines.map((l) => ({ leadAgencies: bodies(l), facts: l.facts })),
        period,
        asOf,
      );
      const got = new Map(sc.items.map((c) => [c.agency, c]));
      for (const { agency, ...tally } of expected) expect(got.get(agency)?.tasks, agency).toEqual(tally);
      for (const c of sc.items) {
        const overdueNow = lines.filter((l) => l.status === "overdue" && bodies(l).includes(c.agency)).length;
        expect(c.tasksOverdueNow, c.agency).toBe(overdueNow);
      }
    });
  }

  it("counts a task given to a person under the body the person leads, never as a row of its own", async () => {
    const sc = await cards("from=2025-01-01&to=2026-12-31&asOf=2026-11-25");
    const persons = ["doan-thanh-son", "dinh-huu-hoc", "ho-tien-thieu", "nguyen-canh-toan"];
    expect(sc.items.filter((c) => persons.includes(c.agency))).toEqual([]);
    const { lines } = await domainLines("2026-11-25");
    const byPerson = lines.filter((l) => l.leads.some((x) => x.agencyId !== null && persons.includes(x.agencyId)));
    expect(byPerson.length).toBeGreaterThan(0); // 004 gives tasks to the Vice-Chairman by name
    const leadership = sc.items.find((c) => c.agency === "lanh-dao:ubnd-tinh");
    expect(leadership?.agencyName).toBe("Lãnh đạo UBND tỉnh");
    const { bodies } = await domainLines("2026-11-25");
    // the provincial leaders sit in the provincial committee: their lines are its leadership's lines
    expect(byPerson.every((l) => bodies(l).includes("lanh-dao:ubnd-tinh"))).toBe(true);
    expect(leadership?.tasksOverdueNow).toBe(new Set(byPerson.filter((l) => l.status === "overdue").map((l) => l.occurrenceId)).size);
  });

  it("keeps tasks and report submissions apart, each with its own on-time rate", async () => {
    const sc = await cards("from=2026-06-01&to=2026-11-30&asOf=2026-11-25");
    // a commune with a cluster: monthly and half-yearly reports due, none sent; its tasks are counted on their own
    const commune = sc.items.find((c) => c.agency === "ubnd-xa-tan-thanh");
    expect(commune?.reports).toMatchObject({ overdue: commune?.reports.due, doneOnTime: 0, onTimeRate: 0 });
    expect(commune?.reports.total).toBeGreaterThan(0);
    const sct = sc.items.find((c) => c.agency === "so-cong-thuong");
    expect(sct?.tasks.total).toBeGreaterThan(0);
    for (const c of sc.items) {
      for (const tally of [c.tasks, c.reports]) expect(tally.onTimeRate).toBe(tally.due === 0 ? null : tally.doneOnTime / tally.due);
    }
    // departments without a task on a zone have no report duty, so no row of reports
    expect(sc.items.find((c) => c.agency === "so-tu-phap")?.reports.total ?? 0).toBe(0);
  });

  it("refuses a period that ends before it starts, in Vietnamese", async () => {
    const res = await leader.get<{ error: { message: string } }>("/api/scorecards?from=2026-12-31&to=2026-01-01");
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toMatch(/Ngày bắt đầu kỳ phải trước ngày kết thúc/);
  });
});
