import type { IsoDate } from "../calendar/iso-date";
import { formatDateVi } from "../shared/format";
import type { TaskEventType } from "../tasks/task-events";
import type { NotificationKind } from "./kinds";

/** The agency that follows up for the provincial committee and confirms completion (Văn phòng UBND tỉnh). */
export const OFFICE_AGENCY_ID = "van-phong-ubnd-tinh";

export interface TaskEventNoticeInput {
  type: TaskEventType;
  subject: string;
  summary: string;
  /** the occurrence's label for a recurring task or a milestone; null for a task due once */
  period: string | null;
  /** who recorded the event: the agency's name (reporters) or the office's */
  agencyName: string;
  text: string | null;
  completedOn: IsoDate | null;
  newDueDate: IsoDate | null;
  /** the extension's date being decided (from the pending request) */
  requestedDueDate: IsoDate | null;
  /** the task's lead agencies (those with an id) */
  leadAgencyIds: string[];
}

export interface TaskEventNotice {
  kind: NotificationKind;
  agencyId: string;
  title: string;
  body: string;
}

const tail = (text: string | null, label: string) => (text?.trim() ? ` ${label}: ${text.trim().slice(0, 300)}` : "");

/**
 * Who hears of a step of the follow-up, in Vietnamese: the office when an agency submits completion
 * or asks for more time; the lead agencies when the office confirms, returns or decides. Progress
 * reports and cancellations notify nobody.
 */
export function taskEventNotices(e: TaskEventNoticeInput): TaskEventNotice[] {
  const what = `"${e.summary}"${e.period ? ` (${e.period})` : ""}`;
  const office = (kind: NotificationKind, title: string, body: string) => [{ kind, agencyId: OFFICE_AGENCY_ID, title, body }];
  const leads = (kind: NotificationKind, title: string, body: string) =>
    [...new Set(e.leadAgencyIds)].map((agencyId) => ({ kind, agencyId, title, body }));
  switch (e.type) {
    case "submit":
      return office(
        "submitted",
        `Chờ xác nhận: ${e.subject}`,
        `${e.agencyName} báo cáo hoàn thành nhiệm vụ ${what}, văn bản ngày ${formatDateVi(e.completedOn)}.${tail(e.text, "Nội dung")} Đề nghị Văn phòng xác nhận hoặc trả lại.`,
      );
    case "extension-request":
      return office(
        "extension-requested",
        `Đề nghị gia hạn: ${e.subject}`,
        `${e.agencyName} đề nghị gia hạn nhiệm vụ ${what} đến ngày ${formatDateVi(e.newDueDate)}.${tail(e.text, "Lý do")}`,
      );
    case "confirm":
      return leads(
        "confirmed",
        `Đã xác nhận hoàn thành: ${e.subject}`,
        `${e.agencyName} đã xác nhận hoàn thành nhiệm vụ ${what}.${tail(e.text, "Ý kiến")}`,
      );
    case "return":
      return leads(
        "returned",
        `Báo cáo bị trả lại: ${e.subject}`,
        `${e.agencyName} trả lại báo cáo hoàn thành nhiệm vụ ${what}.${tail(e.text, "Lý do")} Đề nghị bổ sung và báo cáo lại.`,
      );
    case "extension-approve": {
      const to = e.newDueDate ?? e.requestedDueDate;
      return leads(
        "extension-approved",
        `Đồng ý gia hạn: ${e.subject}`,
        `${e.agencyName} đồng ý gia hạn nhiệm vụ ${what}${to ? ` đến ngày ${formatDateVi(to)}` : ""}.${tail(e.text, "Ý kiến")}`,
      );
    }
    case "extension-reject":
      return leads(
        "extension-rejected",
        `Không đồng ý gia hạn: ${e.subject}`,
        `${e.agencyName} không đồng ý gia hạn nhiệm vụ ${what}; hạn giữ nguyên.${tail(e.text, "Lý do")}`,
      );
    default:
      return [];
  }
}
