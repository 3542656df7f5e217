import { foldVi, type TaskLine } from "@dondoc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";

let t: TestContext;
let office: Client;
let board: Client; // Ban Quản lý Khu KTCK
let sct: Client; // Sở Công Thương
beforeAll(async () => {
  t = await createTestContext();
  office = await t.as("office", "van-phong-ubnd-tinh");
  board = await t.as("agency", "ban-quan-ly-khu-ktck");
  sct = await t.as("agency", "so-cong-thuong");
});
afterAll(() => t.cleanup());

type List = { items: TaskLine[]; total: number };
const linesOf = (list: List, taskId: string) => list.items.filter((l) => l.taskId === taskId);
const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF");

async function postEvent(
  client: Client,
  occurrenceId: number,
  fields: Record<string, string>,
  files: { name: string; bytes: Uint8Array }[] = [],
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const f of files) form.append("files", new File([Buffer.from(f.bytes)], f.name));
  const res = await client.request(`/api/occurrences/${occurrenceId}/events`, { method: "POST", body: form });
  return {
    status: res.status,
    body: (await res.json()) as {
      task?: TaskLine & { occurrences: TaskLine[]; timeline: { type: string; attachments: { id: number; filename: string }[] }[] };
      error?: { message: string };
    },
  };
}

describe("the seed tasks as of 2026-11-22", () => {
  let list: List;
  beforeAll(async () => {
    list = (await office.get<List>("/api/tasks?asOf=2026-11-22")).body;
  });

  it("the border-zone board's report 'chậm nhất ngày 14/7/2025' is due 14/07/2025 and overdue", () => {
    const [line] = linesOf(list, "seed-004-t12");
    expect(line).toMatchObject({ effectiveDueDate: "2025-07-14", status: "overdue", leads: [{ agencyId: "ban-quan-ly-khu-ktck" }] });
  });

  it("Hòa Sơn 1's wastewater plant is due 30/09/2026, its operation milestone 31/12/2026", () => {
    const lines = linesOf(list, "seed-000-t1");
    expect(lines.map((l) => [l.occurrence.kind, l.effectiveDueDate, l.status])).toEqual([
      ["once", "2026-09-30", "overdue"],
      ["milestone", "2026-12-31", "in-progress"],
    ]);
    expect(lines[0]?.leads).toEqual([
      { text: "Chủ đầu tư CCN Hòa Sơn 1", agencyId: "ld-tan-dai-nam", name: expect.stringContaining("Tân Đại Nam") },
    ]);
  });

  it("the monthly report to the provincial committee has one occurrence per month, due before the 20th", () => {
    const lines = linesOf(list, "seed-000-t16");
    expect(lines.map((l) => l.occurrence.period)).toEqual(["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]);
    expect(lines.map((l) => l.effectiveDueDate?.slice(8))).toEqual(["19", "19", "19", "19", "19", "19", "19"]);
    expect(lines.at(-1)?.status).toBe("in-progress");
    expect(lines.slice(0, -1).every((l) => l.status === "overdue")).toBe(true);
  });

  it("the preparation tasks of the 04/12/2025 meetings are due 03/12/2025; a group stays unresolved", () => {
    for (const id of ["seed-001-t1", "seed-001-t2", "seed-001-t3", "seed-001-t4"])
      expect(linesOf(list, id)[0]?.effectiveDueDate).toBe("2025-12-03");
    expect(linesOf(list, "seed-001-t4")[0]?.leads).toEqual([{ text: "UBND các xã có dự án", agencyId: null, name: null }]);
  });
});

describe("an agency sees and changes only its own tasks", () => {
  it("Sở Công Thương's inbox has its tasks, not the border-zone board's", async () => {
    const mine = (await sct.get<List>("/api/tasks")).body;
    const ids = new Set(mine.items.map((l) => l.taskId));
    expect(ids.has("seed-000-t16")).toBe(true);
    expect(ids.has("seed-001-t2")).toBe(true);
    expect(ids.has("seed-004-t12")).toBe(false);
    expect((await sct.request("/api/tasks/seed-004-t12")).status).toBe(404);
  });

  it("cannot report on another agency's task by guessing its occurrence id", async () => {
    const [line] = linesOf((await office.get<List>("/api/tasks")).body, "seed-004-t12");
    const res = await postEvent(sct, line?.occurrenceId ?? 0, { type: "progress", text: "thử" });
    expect(res.status).toBe(403);
  });
});

describe("report → submit → confirm", () => {
  it("the lead reports with an attachment, the office confirms, the task is done on time and the scorecard changes", async () => {
    const [line] = linesOf((await board.get<List>("/api/tasks")).body, "seed-004-t12");
    const occ = line?.occurrenceId ?? 0;
    const card = async () =>
      (
        await office.get<{ items: { agency: string; tasks: { doneOnTime: number; overdue: number; completionRate: number | null } }[] }>(
          "/api/scorecards?from=2025-01-01&to=2025-12-31",
        )
      ).body.items.find((c) => c.agency === "ban-quan-ly-khu-ktck")?.tasks;
    const before = await card();

    const progress = await postEvent(board, occ, { type: "progress", text: "Đã hoàn thiện dự thảo báo cáo", percent: "80" }, [
      { name: "du-thao-bao-cao.pdf", bytes: pdf },
    ]);
    expect(progress.status).toBe(201);
    expect(progress.body.task?.timeline.at(-1)?.attachments.map((a) => a.filename)).toEqual(["du-thao-bao-cao.pdf"]);
    expect((await postEvent(office, occ, { type: "confirm" })).status).toBe(409); // nothing submitted yet

    expect((await postEvent(board, occ, { type: "submit", text: "Đã ban hành báo cáo", completedOn: "2025-07-14" })).status).toBe(201);
    expect((await postEvent(board, occ, { type: "confirm" })).status).toBe(403); // only the office confirms
    const confirmed = await postEvent(office, occ, { type: "confirm" });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.task?.status).toBe("done-on-time");

    const after = await card();
    expect(after?.doneOnTime).toBe((before?.doneOnTime ?? 0) + 1);
    expect(after?.overdue).toBe((before?.overdue ?? 0) - 1);

    const attachmentId = progress.body.task?.timeline.at(-1)?.attachments[0]?.id;
    const download = await board.request(`/api/attachments/${attachmentId}`);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
    expect((await sct.request(`/api/attachments/${attachmentId}`)).status).toBe(404);
  });

  it("an extension asked in time and approved keeps the original deadline for statistics", async () => {
    const [line] = linesOf((await sct.get<List>("/api/tasks")).body, "seed-000-t16").filter((l) => l.status === "in-progress");
    const occ = line?.occurrenceId ?? 0;
    expect((await postEvent(sct, occ, { type: "extension-request", text: "Chờ số liệu các xã", newDueDate: "2027-01-10" })).status).toBe(
      201,
    );
    const approved = await postEvent(office, occ, { type: "extension-approve" });
    const mine = approved.body.task?.occurrences?.find((o: TaskLine) => o.occurrenceId === occ);
    expect(mine).toMatchObject({
      status: "extended",
      originalDueDate: line?.originalDueDate,
      effectiveDueDate: "2027-01-10",
      extended: true,
    });
  });

  it("refuses a bad update or a file that is not a document, in Vietnamese", async () => {
    const [line] = linesOf((await board.get<List>("/api/tasks")).body, "seed-004-t11");
    const occ = line?.occurrenceId ?? 0;
    const noDate = await postEvent(board, occ, { type: "submit" });
    expect(noDate.status).toBe(422);
    const exe = await postEvent(board, occ, { type: "progress", text: "x" }, [
      { name: "virus.pdf", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]) },
    ]);
    expect(exe.status).toBe(422);
    expect(exe.body.error?.message).toMatch(/không nhận/);
  });
});

describe("meetings", () => {
  it("a meeting lists the tasks of that meeting only: the 04/12/2025 notice announces two", async () => {
    const first = await office.get<{ tasks: TaskLine[] }>("/api/meetings/seed-001-m1");
    const second = await office.get<{ tasks: TaskLine[] }>("/api/meetings/seed-001-m2");
    const ids = (m: { tasks: TaskLine[] }) => m.tasks.map((x) => x.taskId);
    expect(ids(first.body).length + ids(second.body).length).toBe(5);
    expect(ids(first.body).filter((id) => ids(second.body).includes(id))).toEqual([]);
    expect(ids(first.body)).toContain("seed-001-t1");
  });
});

describe("task list filters over the read model, and text search (issue 16, issue 17 item 4)", () => {
  const fold = (s: string) => foldVi(s);
  it("q finds the tasks whose subject or summary has the words, with or without accents, in NFC or NFD", async () => {
    const all = (await office.get<List>("/api/tasks?tab=all")).body.items;
    const expected = [
      ...new Set(all.filter((l) => ` ${fold(`${l.subject} ${l.summary}`)} `.includes(" xu ly nuoc thai")).map((l) => l.taskId)),
    ];
    expect(expected.length).toBeGreaterThanOrEqual(2);
    for (const q of ["xu ly nuoc thai", "XỬ LÝ NƯỚC THẢI", "xử lý nước thải".normalize("NFD")]) {
      const found = (await office.get<List>(`/api/tasks?q=${encodeURIComponent(q)}`)).body.items;
      expect({ q, ids: [...new Set(found.map((l) => l.taskId))].sort() }).toEqual({ q, ids: expected.sort() });
    }
    // at word starts, like the zone search: "uoc thai" is not a word of these tasks
    expect((await office.get<List>(`/api/tasks?q=${encodeURIComponent("uoc thai")}`)).body.total).toBe(0);
    // and it combines with the other filters: an agency sees only its own of them
    const own = (await sct.get<List>(`/api/tasks?q=${encodeURIComponent("nuoc thai")}`)).body.items;
    const mine = (await sct.get<List>("/api/tasks")).body.items.map((l) => l.taskId);
    for (const l of own) expect(mine).toContain(l.taskId);
  });

  it("a status as of a past date and the overdue board are the domain's statuses of that day", async () => {
    for (const asOf of ["2025-12-10", "2026-07-01", "2026-11-25"]) {
      const all = (await office.get<List>(`/api/tasks?asOf=${asOf}`)).body.items;
      for (const status of ["overdue", "done-on-time", "in-progress", "continuous"] as const) {
        const filtered = (await office.get<List>(`/api/tasks?asOf=${asOf}&status=${status}`)).body.items;
        expect({ asOf, status, ids: filtered.map((l) => l.occurrenceId) }).toEqual({
          asOf,
          status,
          ids: all.filter((l) => l.status === status).map((l) => l.occurrenceId),
        });
      }
      const board = (await office.get<List>(`/api/tasks?asOf=${asOf}&due=overdue`)).body.items;
      expect(board.map((l) => l.occurrenceId)).toEqual(all.filter((l) => l.status === "overdue").map((l) => l.occurrenceId));
    }
    const overdueToday = (await office.get<List>("/api/tasks?due=overdue")).body.total;
    expect(overdueToday).toBeGreaterThan(0);
  });

  it("a search longer than 200 characters is refused in Vietnamese", async () => {
    const res = await office.get<{ error: { message: string } }>(`/api/tasks?q=${"a".repeat(201)}`);
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain("Từ khóa tìm kiếm quá dài.");
  });
});
