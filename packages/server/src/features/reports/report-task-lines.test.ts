import { addDays, annualReport, endOfVietnamDay, isInReportScope, monthlyReport, type TaskLine } from "@dondoc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../test/support/test-database";
import { documents, meetings, taskAssignees, taskEvents, taskOccurrences, tasks } from "../../db/schema";
import { listTaskLines } from "../tasks/list-tasks";
import { rebuildOccurrenceSpans } from "../tasks/occurrence-read-model";
import { plannedOccurrencesOf } from "../tasks/sync-occurrences";
import { loadConsolidatedData } from "./load-report-data";
import { monthlyReportWindow } from "./monthly-report";

/**
 * The reports count their task lines in SQL (`report-task-lines.ts`) and load in full only those
 * they print; this holds the result equal to counting every line in code, as the reports did, on a
 * generated set over the Lạng Sơn seed: people, unresolved texts and several bodies as leads, lines
 * cancelled, extended or waiting for an extension, recurring lines, meetings' preparations (held and
 * not yet), tasks recorded after the report's date, tasks outside the report's scope, and more
 * overdue lines than a report lists, many due the same day.
 */
let t: TestContext;
const TODAY = "2026-11-25";

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const leadChoices: { agencyId: string | null; text: string }[][] = [
  [{ agencyId: "so-cong-thuong", text: "Sở Công Thương" }],
  [{ agencyId: "so-tai-chinh", text: "Sở Tài chính" }],
  [{ agencyId: "doan-thanh-son", text: "đồng chí Đoàn Thanh Sơn" }],
  // a person and the committee whose leadership he is in; two leaders: one line of the leadership
  [
    { agencyId: "dinh-huu-hoc", text: "đồng chí Đinh Hữu Học" },
    { agencyId: "ho-tien-thieu", text: "đồng chí Hồ Tiến Thiệu" },
  ],
  [
    { agencyId: "dinh-huu-hoc", text: "đồng chí Đinh Hữu Học" },
    { agencyId: "ubnd-tinh", text: "UBND tỉnh" },
  ],
  // the head of the office counts under the office, a department's deputy under the department
  [{ agencyId: "nguyen-van-ha", text: "đồng chí Nguyễn Văn Hà" }],
  [{ agencyId: "ha-manh-cuong", text: "đồng chí Hà Mạnh Cường" }],
  [{ agencyId: null, text: "UBND các xã có dự án" }],
  [
    { agencyId: null, text: "Các chủ đầu tư" },
    { agencyId: "so-cong-thuong", text: "Sở Công Thương" },
  ],
  [
    { agencyId: null, text: "Sở Công Thương" },
    { agencyId: "so-cong-thuong", text: "Sở Công Thương" },
  ],
  [],
  // a zone's investor: its wastewater plant is the zone's milestone
  [{ agencyId: "cty-bac-nguyen", text: "Công ty Bắc Nguyên" }],
];

async function generate() {
  const db = t.database.db;
  const rnd = prng(20261203);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  await db.insert(documents).values([
    { id: "gen-tb-1", type: "Thông báo", number: "1/TB-GEN", issuedOn: "2026-01-10", issuer: "UBND tỉnh", title: "Kết luận 1" },
    { id: "gen-tb-2", type: "Thông báo", number: "2/TB-GEN", issuedOn: "2026-03-10", issuer: "UBND tỉnh", title: "Kết luận 2" },
    { id: "gen-gm-1", type: "Thông báo", number: "3/TB-GEN", issuedOn: "2026-06-01", issuer: "Văn phòng UBND tỉnh", title: "Mời họp" },
    { id: "gen-gm-2", type: "Thông báo", number: "4/TB-GEN", issuedOn: "2026-11-20", issuer: "Văn phòng UBND tỉnh", title: "Mời họp" },
  ]);
  await db.insert(meetings).values([
    { id: "gen-m-1", kind: "meeting", date: "2026-06-15", subject: "Họp về CCN Hợp Thành 1", noticeDocumentId: "gen-gm-1" },
    { id: "gen-m-2", kind: "meeting", date: "2026-12-05", subject: "Họp về CCN Hợp Thành 2", noticeDocumentId: "gen-gm-2" },
  ]);
  const zoneChoices = [["ccn-hop-thanh-1"], ["ccn-hop-thanh-2"], ["kcn-vsip-lang-son"], ["kkt-dong-dang-lang-son"], []];
  const taskRows: (typeof tasks.$inferInsert)[] = [];
  const assigneeRows: (typeof taskAssignees.$inferInsert)[] = [];
  for (let k = 0; k < 420; k++) {
    const doc = pick(["gen-tb-1", "gen-tb-2", "gen-tb-1", "seed-000", "gen-gm-1", "gen-gm-2"]);
    const meetingId = doc === "gen-gm-1" ? "gen-m-1" : doc === "gen-gm-2" ? "gen-m-2" : rnd() < 0.1 ? "gen-m-1" : null;
    const assignedOn = pick(["2025-10-01", "2026-01-10", "2026-03-10", "2026-06-01"]);
    const r = rnd();
    const deadline =
      r < 0.08
        ? { kind: "recurring-monthly", value: "20" }
        : r < 0.12
          ? { kind: "asap", value: null }
          : r < 0.15
            ? { kind: "continuous", value: null }
            : {
                kind: "date",
                value: pick(["2026-02-28", "2026-04-30", "2026-06-14", "2026-09-30", "2026-10-31", "2026-12-31", "2027-03-31"]),
              };
    const id = `gen-${String(k).padStart(3, "0")}`;
    const leads = pick(leadChoices);
    const investor = leads.some((l) => l.agencyId === "cty-bac-nguyen");
    taskRows.push({
      id,
      documentId: doc,
      meetingId,
      ordinal: k + 1,
      subject: `Nhiệm vụ ${k}`,
      summary: investor ? "Hoàn thành nhà máy xử lý nước thải tập trung" : `Nội dung ${k}`,
      textSearch: `nhiem vu ${k}`,
      deadline,
      deadlineText: null,
      assignedOn,
      zoneIds: investor ? ["ccn-hop-thanh-1"] : pick(zoneChoices),
      milestones: [],
      // a few recorded after the November report's cut-off (14/11): no report of November may count them
      createdAt: new Date(`${rnd() < 0.05 ? "2026-11-20" : assignedOn}T08:00:00+07:00`),
    });
    leads.forEach((l, position) => {
      assigneeRows.push({ taskId: id, role: "lead", position, agencyId: l.agencyId, text: l.text });
    });
  }
  await db.insert(tasks).values(taskRows);
  if (assigneeRows.length) await db.insert(taskAssignees).values(assigneeRows);
  const occurrences = taskRows.flatMap((row) =>
    plannedOccurrencesOf(row as typeof tasks.$inferSelect, addDays(TODAY, 45)).map((p) => ({ ...p, taskId: row.id as string })),
  );
  const ids = await db.insert(taskOccurrences).values(occurrences).returning({ id: taskOccurrences.id, dueDate: taskOccurrences.dueDate });
  const events: (typeof taskEvents.$inferInsert)[] = [];
  for (const o of ids) {
    const due = o.dueDate;
    const ev = (type: string, on: string, extra: Partial<typeof taskEvents.$inferInsert> = {}) => {
      if (on <= TODAY) events.push({ occurrenceId: o.id, type, on, actorName: "Thử nghiệm", ...extra });
    };
    const r = rnd();
    if (!due) {
      if (r < 0.3) ev("cancel", "2026-05-01");
      continue;
    }
    if (r < 0.2) {
      ev("submit", addDays(due, -3), { completedOn: addDays(due, -3) });
      ev("confirm", addDays(due, -1));
    } else if (r < 0.3) {
      ev("submit", addDays(due, 20), { completedOn: addDays(due, 20) });
      ev("confirm", addDays(due, 22));
    } else if (r < 0.38) {
      ev("cancel", addDays(due, -5));
    } else if (r < 0.46) {
      ev("extension-request", addDays(due, -7), { newDueDate: addDays(due, 60) });
      ev("extension-approve", addDays(due, -4));
    } else if (r < 0.5) {
      ev("extension-request", addDays(due, -2), { newDueDate: addDays(due, 30) });
    } else if (r < 0.56) {
      ev("submit", addDays(due, 3), { completedOn: addDays(due, 3) });
    } else if (r < 0.7) {
      ev("progress", addDays(due, -10), { percent: 40, text: "Đang làm" });
    }
  }
  await db.insert(taskEvents).values(events);
  await rebuildOccurrenceSpans(db);
}

beforeAll(async () => {
  t = await createTestContext();
  await generate();
});
afterAll(() => t.cleanup());

/** Every task line recorded by `asOf` in the report's scope, as the reports loaded them before: every line, in full. */
async function everyLine(asOf: string, scope: Parameters<typeof isInReportScope>[1]): Promise<TaskLine[]> {
  const cutoff = endOfVietnamDay(asOf);
  const recorded = (await t.database.db.select({ id: tasks.id, createdAt: tasks.createdAt }).from(tasks))
    .filter((x) => x.createdAt < cutoff)
    .map((x) => x.id);
  const admin = { id: "x", name: "x", role: "admin", agencyId: null, registryKinds: [] } as const;
  return (await listTaskLines(t.database.db, { ...admin, registryKinds: [] }, { asOf, taskIds: recorded })).filter((l) =>
    isInReportScope(l, scope),
  );
}

describe("a report's task lines counted in SQL = counted line by line in code", () => {
  for (const period of ["2026-11", "2026-07", "2026-03"])
    it(`the monthly report of ${period}`, async () => {
      const w = monthlyReportWindow(period);
      const asOf = w.cutoff.to < TODAY ? w.cutoff.to : TODAY;
      const previousAsOf = addDays(w.cutoff.from, -1);
      const data = await loadConsolidatedData(t.database.db, { asOf, previousAsOf, frequency: "month", period, dueDate: w.dueDate });
      const landClearance = { ...data.landClearance, previousAsOf };
      const counted = monthlyReport({ period, asOf, ...data, landClearance });
      const lines = await everyLine(asOf, data.scope);
      const inCode = monthlyReport({ period, asOf, ...data, tasks: lines, counted: undefined, landClearance });
      expect(counted).toEqual(inCode);
      // the set exercises what the SQL must get right
      expect(counted.taskTotals.total).toBeGreaterThan(150);
      expect(data.counted.listed.length).toBeLessThan(lines.length / 2);
      expect(counted.tasksByAgency.map((a) => a.agency)).toEqual(
        expect.arrayContaining(["Lãnh đạo UBND tỉnh", "Văn phòng UBND tỉnh", "UBND các xã có dự án", "Các chủ đầu tư"]),
      );
      expect(counted.tasksByAgency.map((a) => a.agency)).not.toContain("Đoàn Thanh Sơn");
      if (period === "2026-11") {
        expect(counted.overdueNotListed).toBeGreaterThan(0);
        expect(counted.lapsed.length).toBeGreaterThan(0);
        expect(counted.lateMilestones.some((m) => m.source === "task")).toBe(true);
        expect(lines.some((l) => l.status === "extended") && lines.some((l) => l.status === "extension-requested")).toBe(true);
        expect(lines.some((l) => l.status === "cancelled") && lines.some((l) => l.occurrence.kind === "period")).toBe(true);
      }
    });

  it("the annual report of 2026", async () => {
    const data = await loadConsolidatedData(t.database.db, {
      asOf: TODAY,
      previousAsOf: "2025-12-31",
      frequency: "year",
      period: "2026",
      dueDate: "2026-12-31",
    });
    const input = { year: 2026, ...data, asOf: TODAY, targets: [] };
    const lines = await everyLine(TODAY, data.scope);
    expect(annualReport(input)).toEqual(annualReport({ ...input, tasks: lines, counted: undefined }));
    expect(annualReport(input).taskTotals.total).toBe(lines.length - annualReport(input).lapsed.length);
  });
});
