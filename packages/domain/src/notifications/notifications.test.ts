import { describe, expect, it } from "vitest";
import { digestCutoff, digestDayAt, digestMessage, digestWindow } from "./digest";
import { groupNotifications, shortTaskTitle } from "./group-notifications";
import { OFFICE_AGENCY_ID, taskEventNotices } from "./task-event-notice";

const base = {
  subject: "Quy hoạch chung Khu KTCK",
  summary: "Bám sát Bộ, ngành Trung ương",
  period: null,
  agencyName: "Ban Quản lý Khu KTCK",
  text: null,
  completedOn: null,
  newDueDate: null,
  requestedDueDate: null,
  leadAgencyIds: ["ban-quan-ly-khu-ktck", "so-xay-dung", "so-xay-dung"],
};

describe("who hears of each step of the follow-up", () => {
  it("the office hears of a submission and of an extension request", () => {
    const [submitted] = taskEventNotices({ ...base, type: "submit", completedOn: "2026-11-24" });
    expect(submitted).toMatchObject({ kind: "submitted", agencyId: OFFICE_AGENCY_ID, title: "Chờ xác nhận: Quy hoạch chung Khu KTCK" });
    expect(submitted?.body).toContain("văn bản ngày 24/11/2026");
    expect(taskEventNotices({ ...base, type: "extension-request", newDueDate: "2026-12-10", text: "Chờ số liệu" })).toEqual([
      {
        kind: "extension-requested",
        agencyId: OFFICE_AGENCY_ID,
        title: "Đề nghị gia hạn: Quy hoạch chung Khu KTCK",
        body: 'Ban Quản lý Khu KTCK đề nghị gia hạn nhiệm vụ "Bám sát Bộ, ngành Trung ương" đến ngày 10/12/2026. Lý do: Chờ số liệu',
      },
    ]);
  });

  it("each lead agency hears once of a confirmation, a return and a decision; progress and cancellation tell nobody", () => {
    for (const [type, kind] of [
      ["confirm", "confirmed"],
      ["return", "returned"],
      ["extension-approve", "extension-approved"],
      ["extension-reject", "extension-rejected"],
    ] as const) {
      const notices = taskEventNotices({ ...base, type, agencyName: "Văn phòng UBND tỉnh" });
      expect(notices.map((n) => [n.kind, n.agencyId])).toEqual([
        [kind, "ban-quan-ly-khu-ktck"],
        [kind, "so-xay-dung"],
      ]);
    }
    expect(taskEventNotices({ ...base, type: "extension-approve", requestedDueDate: "2027-01-10" })[0]?.body).toContain(
      "đến ngày 10/01/2027",
    );
    expect(taskEventNotices({ ...base, type: "progress" })).toEqual([]);
    expect(taskEventNotices({ ...base, type: "cancel" })).toEqual([]);
  });
});

const n = (id: number, taskId: string | null, dueDate: string | null, readAt: string | null = null, link: string | null = null) => ({
  id,
  task: taskId ? { id: taskId, subject: `Chủ đề ${taskId}`, dueDate } : null,
  link,
  title: `Thông báo ${id}`,
  body: `Nội dung ${id}`,
  readAt,
});

describe("grouping by task under a short title", () => {
  it("puts every period of a task under its subject with the most urgent date; a report's page and others apart", () => {
    const groups = groupNotifications([
      n(9, "t16", "2026-11-19"),
      n(8, "t1", "2026-09-30", "2026-11-20T00:00:00Z"),
      n(7, "t16", "2026-10-19"),
      n(6, null, null, null, "/reporting/o1/2026-11"),
      n(5, null, null, null, "/reporting/o1/2026-11"),
      n(4, null, null),
    ]);
    expect(groups.map((g) => [g.key, g.items.map((i) => i.id), g.unread, g.dueDate])).toEqual([
      ["t:t16", [9, 7], 2, "2026-10-19"],
      ["t:t1", [8], 0, "2026-09-30"],
      ["l:/reporting/o1/2026-11", [6, 5], 2, null],
      ["n:4", [4], 1, null],
    ]);
    expect(shortTaskTitle("Chủ đề t16", "2026-10-19")).toBe("Chủ đề t16 · hạn 19/10/2026");
    expect(shortTaskTitle("Chủ đề t16", null)).toBe("Chủ đề t16");
  });
});

describe("the daily digest", () => {
  it("is due from its hour in Vietnam, whatever the server's zone", () => {
    expect(digestCutoff("2026-11-16", 7).toISOString()).toBe("2026-11-16T00:00:00.000Z");
    expect(digestDayAt(new Date("2026-11-15T23:59:00Z"), 7)).toBeNull();
    expect(digestDayAt(new Date("2026-11-16T00:00:00Z"), 7)).toBe("2026-11-16");
    // 23:30 UTC is already the next day in Vietnam, before 7:00
    expect(digestDayAt(new Date("2026-11-16T23:30:00Z"), 7)).toBeNull();
    expect(digestDayAt(new Date("2026-11-16T23:30:00Z"), 6)).toBe("2026-11-17");
  });

  it("covers the reminders since the previous digest (or the day before's hour) until a minute before it is sent", () => {
    const at = new Date("2026-11-16T01:05:00Z"); // 8:05 in Vietnam
    expect(digestWindow("2026-11-16", 7, null, at)).toEqual({
      from: new Date("2026-11-15T00:00:00Z"),
      to: new Date("2026-11-16T01:04:00Z"),
    });
    const previous = new Date("2026-11-12T00:03:00Z");
    expect(digestWindow("2026-11-16", 7, previous, at).from).toEqual(previous);
  });

  it("is one message grouping the reminders by task, with links", () => {
    const m = digestMessage(
      "2026-11-16",
      [n(3, "t16", "2026-11-19"), n(2, "t16", "2026-10-19"), n(1, null, null, null, "/reporting/o1/2026-11")],
      "https://x.vn",
    );
    expect(m.subject).toBe("[Đôn Đốc] Nhắc việc ngày 16/11/2026: 1 nhiệm vụ, 1 báo cáo định kỳ");
    expect(m.text).toContain("1. Chủ đề t16 · hạn 19/10/2026\n   - Thông báo 3\n     Nội dung 3\n   - Thông báo 2");
    expect(m.text).toContain("Xem: https://x.vn/tasks/t16");
    expect(m.text).toContain("Xem: https://x.vn/reporting/o1/2026-11");
  });
});
