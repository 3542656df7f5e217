import { addDays, daysToDue, formatDateVi, type IsoDate, obligationPeriods, type Reminder, type ReminderSettings } from "@dondoc/domain";
import type { Db } from "../../db/client";
import { readObligations, readSubmissionStates, reporterResolver, stateKey } from "./obligations";

/** Overdue reminders look back this far, so that a first run does not flood every inbox with old periods. */
const OVERDUE_LOOKBACK_DAYS = 31;

/**
 * The submission reminders due today for reporters that have not submitted: due in N days, due
 * today, overdue. The key (obligation, period, kind, reporter) makes each one happen at most once.
 */
export async function submissionReminders(
  db: Db,
  today: IsoDate,
  settings: Pick<ReminderSettings, "daysBefore">,
): Promise<(Reminder & { link: string })[]> {
  const [obligations, reporters, states] = await Promise.all([
    readObligations(db, { activeOnly: true }),
    reporterResolver(db, today),
    readSubmissionStates(db, today),
  ]);
  const out: (Reminder & { link: string })[] = [];
  for (const o of obligations) {
    const recipient = reporters.name(o.recipientAgencyId);
    for (const p of obligationPeriods(o, addDays(today, -400), addDays(today, settings.daysBefore))) {
      const left = daysToDue(p.dueDate, today);
      if (left > settings.daysBefore || left < -OVERDUE_LOOKBACK_DAYS || p.cutoff.from > today) continue;
      const kind = left > 0 ? "due-soon" : left === 0 ? "due-today" : "overdue";
      const what = `${o.title}, kỳ ${p.label}`;
      const [title, body] =
        kind === "due-soon"
          ? [
              `Báo cáo định kỳ sắp đến hạn: ${p.label}`,
              `Báo cáo "${what}" gửi ${recipient} đến hạn ngày ${formatDateVi(p.dueDate)}, còn ${left} ngày.`,
            ]
          : kind === "due-today"
            ? [
                `Báo cáo định kỳ đến hạn hôm nay: ${p.label}`,
                `Báo cáo "${what}" gửi ${recipient} đến hạn hôm nay, ngày ${formatDateVi(p.dueDate)}.`,
              ]
            : [
                `Báo cáo định kỳ quá hạn: ${p.label}`,
                `Báo cáo "${what}" gửi ${recipient} đã quá hạn từ ngày ${formatDateVi(p.dueDate)} (${-left} ngày). Đề nghị khẩn trương gửi báo cáo.`,
              ];
      for (const { agencyId } of await reporters.expected(o, p)) {
        if (states.has(stateKey(o.id, p.period, agencyId))) continue;
        out.push({
          kind,
          agencyId,
          key: `report:${o.id}:${p.period}:${kind}:${agencyId}`,
          title,
          body,
          link: `/reporting/${o.id}/${p.period}`,
        });
      }
    }
  }
  return out;
}
