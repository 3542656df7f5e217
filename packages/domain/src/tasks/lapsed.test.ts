import { describe, expect, it } from "vitest";
import { LAPSED_MEETING_HELD, lapseOf, type MeetingRef } from "./lapsed";

const meetings = new Map<string, MeetingRef>([
  ["m-001", { id: "m-001", date: "2025-12-04", noticeDocumentId: "seed-001" }],
  ["m-000", { id: "m-000", date: "2026-05-29", noticeDocumentId: null }],
]);
const line = (o: { meetingId?: string | null; doc?: string; status?: string }) => ({
  meetingId: o.meetingId === undefined ? "m-001" : o.meetingId,
  document: { id: o.doc ?? "seed-001", label: "" },
  status: (o.status ?? "overdue") as "overdue",
});

describe("a meeting's preparation task once the meeting has taken place", () => {
  it("'chuẩn bị hội trường 04/12/2025' lapses the day after the meeting, not before", () => {
    expect(lapseOf(line({}), meetings, "2026-11-25")).toBe(LAPSED_MEETING_HELD);
    expect(lapseOf(line({}), meetings, "2025-12-05")).toBe(LAPSED_MEETING_HELD);
    expect(lapseOf(line({ status: "in-progress" }), meetings, "2025-12-04")).toBeNull();
  });
  it("not a task the meeting's conclusion gives, nor one done or closed by the office", () => {
    expect(lapseOf(line({ meetingId: "m-000", doc: "seed-000" }), meetings, "2026-11-25")).toBeNull();
    expect(lapseOf(line({ status: "done-late" }), meetings, "2026-11-25")).toBeNull();
    expect(lapseOf(line({ status: "cancelled" }), meetings, "2026-11-25")).toBeNull();
    expect(lapseOf(line({ meetingId: null }), meetings, "2026-11-25")).toBeNull();
  });
});
