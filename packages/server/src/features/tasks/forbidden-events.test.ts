import type { TaskLine } from "@dondoc/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";

/** The server refuses what the web's buttons hide (domain allowedTaskEvents), in Vietnamese, writing nothing. */
let t: TestContext;
let office: Client;
let sct: Client; // Sở Công Thương, lead of many seed tasks
let lines: TaskLine[];
beforeAll(async () => {
  t = await createTestContext();
  office = await t.as("office", "van-phong-ubnd-tinh");
  sct = await t.as("agency", "so-cong-thuong");
  lines = (await office.get<{ items: TaskLine[] }>("/api/tasks")).body.items.filter(
    (l) =>
      l.effectiveDueDate !== null &&
      ["in-progress", "overdue", "extended"].includes(l.status) &&
      !l.pendingSubmission &&
      !l.pendingExtension &&
      l.leads.some((p) => p.agencyId === "so-cong-thuong"),
  );
});
afterAll(() => t.cleanup());

async function post(client: Client, occurrenceId: number, fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const res = await client.request(`/api/occurrences/${occurrenceId}/events`, { method: "POST", body: form });
  return { status: res.status, body: (await res.json()) as { error?: { message: string } } };
}
const counts = async () =>
  (
    (await t.database.db.execute(
      sql`select (select count(*)::int from task_events) as events, (select count(*)::int from occurrence_spans) as spans, (select count(*)::int from attachments) as files`,
    )) as unknown as { rows: unknown[] }
  ).rows[0];

async function refused(client: Client, occurrenceId: number, fields: Record<string, string>, status: number, message: RegExp) {
  const before = await counts();
  const res = await post(client, occurrenceId, fields);
  expect(res.status).toBe(status);
  expect(res.body.error?.message).toMatch(message);
  expect(await counts()).toEqual(before);
}

const line = (i: number) => {
  const l = lines[i];
  if (!l) throw new Error(`the seed has fewer than ${i + 1} open tasks led by Sở Công Thương`);
  return l.occurrenceId;
};

describe("forbidden task events", () => {
  it("nothing on a cancelled occurrence", async () => {
    const id = line(0);
    expect((await post(office, id, { type: "cancel" })).status).toBe(201);
    await refused(sct, id, { type: "progress", text: "Đang làm" }, 409, /đã bị hủy/);
    await refused(office, id, { type: "cancel" }, 409, /đã bị hủy/);
  });

  it("nothing but decisions on a confirmed occurrence", async () => {
    const id = line(1);
    expect((await post(sct, id, { type: "submit", completedOn: "2026-11-20" })).status).toBe(201);
    expect((await post(office, id, { type: "confirm" })).status).toBe(201);
    await refused(sct, id, { type: "progress", text: "Thêm" }, 409, /đã được xác nhận hoàn thành/);
    await refused(sct, id, { type: "extension-request", text: "Thêm", newDueDate: "2026-12-31" }, 409, /đã được xác nhận/);
    await refused(office, id, { type: "cancel" }, 409, /đã được xác nhận/);
  });

  it("no second extension request while one is pending", async () => {
    const id = line(2);
    expect((await post(sct, id, { type: "extension-request", text: "Cần thêm thời gian", newDueDate: "2026-12-31" })).status).toBe(201);
    await refused(sct, id, { type: "extension-request", text: "Lần nữa", newDueDate: "2027-01-31" }, 409, /đang chờ quyết định/);
  });

  it("a confirmation only by the office", async () => {
    const id = line(3);
    expect((await post(sct, id, { type: "submit", completedOn: "2026-11-20" })).status).toBe(201);
    await refused(sct, id, { type: "confirm" }, 403, /không có quyền/);
  });
});
