import type { TaskLine } from "@dondoc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";
import { lapseMeetingPreparations } from "./lapse-preparations";

type List = { items: TaskLine[]; total: number };

let t: TestContext;
let office: Client;
beforeAll(async () => {
  // start-up ran at the tests' clock, 25/11/2026: 001's meeting of 04/12/2025 has long been held
  t = await createTestContext();
  office = await t.as("office", "van-phong-ubnd-tinh");
});
afterAll(() => t.cleanup());

const hall = async (asOf: string) => {
  const items = (await office.get<List>(`/api/tasks?tab=all&asOf=${asOf}&q=${encodeURIComponent("chuẩn bị hội trường")}`)).body.items;
  expect(items).toHaveLength(1);
  return items[0] as TaskLine;
};

describe("preparations of a meeting already held", () => {
  it("are closed with the reason 'cuộc họp đã diễn ra' the day after the meeting, and leave every overdue list", async () => {
    const line = await hall("2026-11-25");
    expect(line.status).toBe("cancelled");
    const detail = (await office.get<{ timeline: { type: string; on: string; text: string | null }[] }>(`/api/tasks/${line.taskId}`)).body;
    expect(detail.timeline).toContainEqual(
      expect.objectContaining({ type: "cancel", on: "2025-12-05", text: "Tự động đóng: cuộc họp đã diễn ra" }),
    );
    // the dashboard's overdue count is the task list's, and the hall is in neither
    const overdue = (await office.get<List>("/api/tasks?tab=all&asOf=2026-11-25&status=overdue")).body.items;
    expect(overdue.map((l) => l.taskId)).not.toContain(line.taskId);
    const dash = (await office.get<{ tasks: { byStatus: Record<string, number> } }>("/api/dashboard")).body;
    expect(dash.tasks.byStatus.overdue).toBe(overdue.length);
  });

  it("were open before the meeting: the history is kept", async () => {
    expect((await hall("2025-12-03")).status).not.toBe("cancelled");
  });

  it("a second run closes nothing", async () => {
    expect(await lapseMeetingPreparations(t.database.db, "2026-11-25")).toBe(0);
  });
});
