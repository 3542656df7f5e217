import type { IsoDate } from "../calendar/iso-date";
import type { TaskLine } from "./task-view";

/**
 * A task that preparing for a meeting is: given by the meeting's own notice (the "thông báo thay giấy
 * mời" of 001: "chuẩn bị hội trường", "gửi tài liệu"). Once the meeting has taken place it can no
 * longer be done: it lapses ("cuộc họp đã diễn ra") and leaves the overdue lists, unless it was done
 * or the office closed it (a cancellation) before.
 */
export interface MeetingRef {
  id: string;
  date: IsoDate;
  /** the notice that announced it: its tasks are the meeting's preparation */
  noticeDocumentId: string | null;
}

export const LAPSED_MEETING_HELD = "cuộc họp đã diễn ra";

const open = new Set(["in-progress", "overdue", "extension-requested", "extended"]);

/** The reason a task line has lapsed on `asOf`, or null. */
export function lapseOf(
  line: Pick<TaskLine, "meetingId" | "status"> & { document: { id: string } },
  meetings: ReadonlyMap<string, MeetingRef>,
  asOf: IsoDate,
): string | null {
  if (!open.has(line.status) || line.meetingId === null) return null;
  const meeting = meetings.get(line.meetingId);
  if (!meeting || meeting.noticeDocumentId !== line.document.id) return null;
  return meeting.date < asOf ? LAPSED_MEETING_HELD : null;
}
