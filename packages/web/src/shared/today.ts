import { vietnamDateOf } from "@dondoc/domain";
import dayjs, { type Dayjs } from "dayjs";

/**
 * Today's date in Vietnam ("2026-11-26"), whatever the zone of the browser: at 15:00 on 25/11 in
 * New York it is already 26/11 in Lạng Sơn. Every "today" of the app (default periods, the latest
 * day a picker allows, the date a form proposes) comes from here.
 */
export function todayInVietnam(): string {
  return vietnamDateOf(new Date());
}

/** The same day as a dayjs value for the date pickers (a civil date, read as the browser's midnight). */
export function todayInVietnamDay(): Dayjs {
  return dayjs(todayInVietnam());
}
