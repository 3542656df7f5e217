import { type IsoDate, isoDate } from "./iso-date";

/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving since 1975). */
export const VIETNAM_UTC_OFFSET_HOURS = 7;

/** The civil date in Vietnam at an instant: 2025-07-14T17:00:00Z is already 2025-07-15 in Hà Nội. */
export function vietnamDateOf(instant: Date): IsoDate {
  const shifted = new Date(instant.getTime() + VIETNAM_UTC_OFFSET_HOURS * 3_600_000);
  return isoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** `now` as given to the rules: an instant, or already a Vietnamese civil date. */
export type Now = Date | IsoDate;

export function civilDateOf(now: Now): IsoDate {
  return typeof now === "string" ? now : vietnamDateOf(now);
}

/**
 * The instant a civil day ends in Vietnam: what was recorded before it was known "as of" that day.
 * Reports, dashboards and ledgers asked about a past day read only rows recorded before this.
 */
export function endOfVietnamDay(day: string): Date {
  return new Date(new Date(`${day}T00:00:00+07:00`).getTime() + 86_400_000);
}
