import type { Dashboard } from "@dondoc/domain";
import { type ScorecardsResponse, submissionStatuses, type TaskTally, taskStatuses, taskStatusLabels } from "@dondoc/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";

let t: TestContext;
let leader: Client;
beforeAll(async () => {
  t = await createTestContext();
  leader = await t.as("leader");
});
afterAll(() => t.cleanup());

/** Every sheet of a downloaded workbook as rows of plain values (row 1 first, the title). */
async function download(path: string): Promise<Map<string, unknown[][]>> {
  const res = await leader.request(path);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("spreadsheetml");
  expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.xlsx"$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const sheets = new Map<string, unknown[][]>();
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = (row.values as unknown[]).slice(1);
    });
    sheets.set(ws.name, rows);
  });
  return sheets;
}

/** The data rows of a sheet (after the title, a blank row and the header), by their first cell. */
const byFirstCell = (rows: unknown[][] | undefined) => new Map((rows ?? []).slice(3).map((r) => [String(r[0]), r.slice(1)]));

describe("exports of the dashboard and the scorecards", () => {
  it("the dashboard's .xlsx has the dashboard API's numbers, block by block", async () => {
    const api = (await leader.get<Dashboard>("/api/dashboard?since=2026-11-01")).body;
    const sheets = await download("/api/dashboard.xlsx?since=2026-11-01");
    const stages = byFirstCell(sheets.get("Khu, cụm"));
    expect(api.zones.byStage.length).toBeGreaterThan(3);
    for (const s of api.zones.byStage) expect(stages.get(s.label)?.slice(0, 2)).toEqual([s.count, s.areaHa]);
    expect(stages.get("Tổng cộng")?.slice(0, 2)).toEqual([24, 1156.77]);

    const tasks = byFirstCell(sheets.get("Nhiệm vụ"));
    for (const s of taskStatuses) expect(tasks.get(taskStatusLabels[s])).toEqual([api.tasks.byStatus[s]]);
    expect(tasks.get("Tổng cộng")).toEqual([api.tasks.total]);

    const overdue = byFirstCell(sheets.get("Quá hạn theo cơ quan"));
    expect(api.overdueByAgency.length).toBeGreaterThan(0);
    for (const r of api.overdueByAgency) expect(overdue.get(r.agency)).toEqual([r.count]);

    const occupancy = byFirstCell(sheets.get("Tỷ lệ lấp đầy"));
    for (const o of api.occupancy) expect(occupancy.get(o.name)?.[0]).toBeCloseTo((o.occupancy ?? 0) * 100, 2);

    const submissions = byFirstCell(sheets.get("Báo cáo định kỳ"));
    for (const s of api.submissions)
      expect(submissions.get(s.title)?.slice(2)).toEqual([s.expected, ...submissionStatuses.map((k) => s.counts[k])]);

    expect(sheets.get("Thay đổi")?.[0]?.[0]).toBe("Thay đổi từ ngày 01/11/2026");
  });

  it("the scorecards' .xlsx has the scorecards API's numbers for each body, tasks and report submissions apart", async () => {
    const q = "from=2026-01-01&to=2026-12-31&asOf=2026-11-25";
    const api = (await leader.get<ScorecardsResponse>(`/api/scorecards?${q}`)).body;
    const sheet = (await download(`/api/scorecards.xlsx?${q}`)).get("Bảng điểm");
    expect(String(sheet?.[0]?.[0])).toContain(`nhiệm vụ đang quá hạn: ${api.tasksOverdue}`);
    const rows = byFirstCell(sheet);
    expect(api.items.length).toBeGreaterThan(3);
    expect(rows.size).toBe(api.items.length);
    const cells = (t: TaskTally) => [
      t.total,
      t.due,
      t.doneOnTime,
      t.doneLate,
      t.inProgress,
      t.overdue,
      t.onTimeRate === null ? null : Math.round(t.onTimeRate * 10_000) / 100,
    ];
    for (const c of api.items) {
      const expected = [...cells(c.tasks), c.tasksOverdueNow, ...cells(c.reports)];
      const row = rows.get(c.agencyName) ?? [];
      // an empty cell (a rate with nothing due) reads back as a hole
      expect(Array.from(expected, (_, i) => row[i] ?? null)).toEqual(expected);
    }
    // a body with report duties has its own report columns
    expect(api.items.some((c) => c.reports.total > 0 && rows.get(c.agencyName)?.[8] === c.reports.total)).toBe(true);
  });

  it("refuses a period that is not a date, in Vietnamese", async () => {
    const res = await leader.get<{ error: { message: string } }>("/api/scorecards.xlsx?from=2026-13-01&to=2026-12-31");
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe("Tham số truy vấn không hợp lệ.");
  });
});
