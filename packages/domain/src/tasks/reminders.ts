import { daysBetween, type IsoDate } from "../calendar/iso-date";
import { followUpDate } from "../deadlines/follow-up";
import { formatDateVi } from "../shared/format";
import type { TaskLine } from "./task-view";

export interface ReminderSettings {
  /** remind this many days before the due date */
  daysBefore: number;
  /** tell the office after this many days overdue */
  escalateAfterDays: number;
  /** follow up an "as soon as possible" task this many days after it was given */
  asapFollowUpDays: number;
  /** the agency that follows up for the provincial committee (Văn phòng UBND tỉnh) */
  officeAgencyId: string;
}

export type ReminderKind = "due-soon" | "due-today" | "overdue" | "escalation";

export interface Reminder {
  kind: ReminderKind;
  agencyId: string;
  /** unique per occurrence, kind and recipient: each reminder is sent at most once */
  key: string;
  title: string;
  body: string;
}

const OPEN = new Set(["in-progress", "extended", "overdue"]);

/**
 * The reminders a task line calls for today, in Vietnamese: due in N days, due today, overdue,
 * and escalation to the office after M days overdue. Titles name the task's short subject; the body its summary. An "as soon as possible" task is followed up
 * once its follow-up date has come. Done, cancelled and continuous tasks call for none.
 */
export function remindersFor(line: TaskLine, today: IsoDate, s: ReminderSettings, assignedOn: IsoDate | null): Reminder[] {
  if (!OPEN.has(line.status) && !(line.rule.kind === "asap" && line.status === "in-progress")) return [];
  const leads = line.leads.map((l) => l.agencyId).filter((a): a is string => a !== null);
  const who = line.leads.map((l) => l.name ?? l.text).join(", ");
  const what = `"${line.summary}" (${line.document.label}${line.occurrence.kind === "once" ? "" : `, ${line.occurrence.label}`})`;
  const make = (kind: ReminderKind, agencyIds: string[], title: string, body: string): Reminder[] =>
    agencyIds.map((agencyId) => ({ kind, agencyId, key: `${line.occurrenceId}:${kind}:${agencyId}`, title, body }));

  const due = line.effectiveDueDate;
  if (due === null) {
    if (line.rule.kind !== "asap" || !assignedOn) return [];
    const follow = followUpDate(assignedOn, s.asapFollowUpDays);
    if (follow === null || today < follow) return [];
    return make(
      "due-today",
      leads,
      `Cần báo cáo: ${line.subject}`,
      `Nhiệm vụ ${what} được giao thực hiện sớm, đã ${daysBetween(assignedOn, today)} ngày. Đề nghị ${who} báo cáo kết quả thực hiện.`,
    );
  }
  const left = daysBetween(today, due);
  if (left > 0 && left <= s.daysBefore) {
    return make(
      "due-soon",
      leads,
      `Sắp đến hạn: ${line.subject}`,
      `Nhiệm vụ ${what} đến hạn ngày ${formatDateVi(due)}, còn ${left} ngày. Chủ trì: ${who}.`,
    );
  }
  if (left === 0)
    return make(
      "due-today",
      leads,
      `Đến hạn hôm nay: ${line.subject}`,
      `Nhiệm vụ ${what} đến hạn hôm nay, ngày ${formatDateVi(due)}. Chủ trì: ${who}.`,
    );
  if (left < 0) {
    const late = -left;
    const reminders = make(
      "overdue",
      leads,
      `Quá hạn: ${line.subject}`,
      `Nhiệm vụ ${what} đã quá hạn từ ngày ${formatDateVi(due)} (${late} ngày). Đề nghị ${who} khẩn trương hoàn thành và báo cáo.`,
    );
    if (late >= s.escalateAfterDays) {
      reminders.push(
        ...make(
          "escalation",
          [s.officeAgencyId],
          `Quá hạn ${late} ngày: ${line.subject}`,
          `Nhiệm vụ ${what} do ${who} chủ trì đã quá hạn ${late} ngày (hạn ${formatDateVi(due)}). Đề nghị Văn phòng đôn đốc.`,
        ),
      );
    }
    return reminders;
  }
  return [];
}
