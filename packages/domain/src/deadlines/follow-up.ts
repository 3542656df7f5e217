import { addDays, type IsoDate } from "../calendar/iso-date";
import { addWorkingDays, type WorkingCalendar } from "../calendar/working-calendar";

/** Days after the document before an "as soon as possible" task is followed up (configurable per province). */
export const DEFAULT_ASAP_FOLLOW_UP_DAYS = 15;

/**
 * When the office follows up a task given "trong thời gian sớm nhất": `asapFollowUpDays` calendar
 * days after the document was issued, or working days when a calendar is given.
 */
export function followUpDate(
  issuedOn: IsoDate,
  asapFollowUpDays: number = DEFAULT_ASAP_FOLLOW_UP_DAYS,
  options: { calendar?: WorkingCalendar } = {},
): IsoDate {
  if (!Number.isInteger(asapFollowUpDays) || asapFollowUpDays < 0) {
    throw new RangeError(`Số ngày đôn đốc không hợp lệ: ${asapFollowUpDays}`);
  }
  return options.calendar ? addWorkingDays(issuedOn, asapFollowUpDays, options.calendar) : addDays(issuedOn, asapFollowUpDays);
}
