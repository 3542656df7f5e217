/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for the meridian of UTC+7.
 *
 * Rules: a month begins on the civil day (UTC+7) of a true new moon; the month holding the
 * December solstice is month 11; when 13 months separate two months 11, the first of them that
 * holds no major solar term (a multiple of 30° of solar longitude) is a leap month and repeats
 * the number of the month before it. Vietnam computes with UTC+7 and China with UTC+8, hence the
 * occasional difference (Tết 1985 and 2007).
 */
import { NEW_MOON_EPOCH_JDE, newMoonJd, SYNODIC_MONTH, sunLongitude } from "./astronomy";
import { addDays, fromDayNumber, type IsoDate, isoDate, parseIsoDate, toDayNumber } from "./iso-date";
import { VIETNAM_UTC_OFFSET_HOURS } from "./vietnam-time";

export interface LunarDate {
  /** The lunar year, named by the Gregorian year in which its first day falls. */
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

const TZ = VIETNAM_UTC_OFFSET_HOURS / 24;
/** Julian Day Number of 1970-01-01. */
const UNIX_EPOCH_JDN = 2440588;

const toJdn = (date: IsoDate) => toDayNumber(date) + UNIX_EPOCH_JDN;
const fromJdn = (jdn: number) => fromDayNumber(jdn - UNIX_EPOCH_JDN);

/** Julian Day Number of the civil day (UTC+7) on which new moon `k` falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + TZ);
}

/** Index 0–11 of the 30° arc of solar longitude at the start (00:00, UTC+7) of civil day `jdn`. */
function solarArcAtDayStart(jdn: number): number {
  return Math.floor(sunLongitude(jdn - 0.5 - TZ) / 30);
}

/** Lunation index of the last mean new moon not after civil day `jdn`. */
function lunationBefore(jdn: number): number {
  return Math.floor((jdn + 0.5 - TZ - NEW_MOON_EPOCH_JDE) / SYNODIC_MONTH);
}

interface MonthStart {
  k: number;
  jdn: number;
}

/** The start of lunar month 11, the month that holds the December solstice of `year`. */
function month11(year: number): MonthStart {
  let k = lunationBefore(toJdn(isoDate(year, 12, 31)));
  // step back until the month starts before the solstice (longitude 270°, arc 9)
  while (solarArcAtDayStart(newMoonDay(k)) >= 9) k -= 1;
  return { k, jdn: newMoonDay(k) };
}

/**
 * Offset (1–12) after month 11 of the first month without a major solar term: the leap month of
 * a 13-month year. It repeats the month at offset − 1.
 */
function leapMonthOffset(start: MonthStart): number {
  for (let offset = 1; offset <= 12; offset += 1) {
    const arc = solarArcAtDayStart(newMoonDay(start.k + offset));
    if (arc === solarArcAtDayStart(newMoonDay(start.k + offset + 1))) return offset;
  }
  throw new Error("Không tìm thấy tháng nhuận"); // impossible for a 13-month year
}

/** The months 11 that bracket the lunar months of `lunarYear` numbered `month`. */
function bracket(lunarYear: number, month: number): { from: MonthStart; to: MonthStart } {
  return month >= 11 ? { from: month11(lunarYear), to: month11(lunarYear + 1) } : { from: month11(lunarYear - 1), to: month11(lunarYear) };
}

const monthNumberAt = (offset: number) => ((10 + offset) % 12) + 1; // offset 0 → 11, 2 → 1

/** The civil date of a lunar date; null when it does not exist (a 30th in a 29-day month, a wrong leap). */
export function lunarToSolar(lunar: LunarDate): IsoDate | null {
  const { year, month, day, leap } = lunar;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    return null;
  }
  const { from, to } = bracket(year, month);
  let offset = (month + 1) % 12; // 11 → 0, 12 → 1, 1 → 2 …
  if (to.jdn - from.jdn > 365) {
    const leapOffset = leapMonthOffset(from);
    if (leap) {
      if (monthNumberAt(leapOffset - 1) !== month) return null;
      offset = leapOffset;
    } else if (offset >= leapOffset) {
      offset += 1;
    }
  } else if (leap) {
    return null;
  }
  const start = newMoonDay(from.k + offset);
  const length = newMoonDay(from.k + offset + 1) - start;
  return day <= length ? fromJdn(start + day - 1) : null;
}

/** The lunar date of a civil date. */
export function solarToLunar(date: IsoDate): LunarDate {
  const jdn = toJdn(date);
  let k = lunationBefore(jdn) + 1;
  while (newMoonDay(k) > jdn) k -= 1;
  const monthStart = newMoonDay(k);

  const { year } = parseIsoDate(date);
  let from = month11(year);
  let to = month11(year + 1);
  let yearOf11 = year;
  if (from.jdn > monthStart) {
    to = from;
    from = month11(year - 1);
    yearOf11 = year - 1;
  }
  let offset = k - from.k;
  let leap = false;
  if (to.jdn - from.jdn > 365) {
    const leapOffset = leapMonthOffset(from);
    if (offset >= leapOffset) {
      leap = offset === leapOffset;
      offset -= 1;
    }
  }
  return {
    year: offset < 2 ? yearOf11 : yearOf11 + 1,
    month: monthNumberAt(offset),
    day: jdn - monthStart + 1,
    leap,
  };
}

/** Mùng 1 Tết: the first day of lunar year `year`. */
export function lunarNewYear(year: number): IsoDate {
  const date = lunarToSolar({ year, month: 1, day: 1, leap: false });
  if (!date) throw new Error(`Không tính được Tết năm ${year}`); // month 1 day 1 always exists
  return date;
}

/** The last day of lunar year `year` (29 or 30 tháng Chạp), the eve of the next Tết. */
export function lastDayOfLunarYear(year: number): IsoDate {
  return addDays(lunarNewYear(year + 1), -1);
}

/** Number of days (29 or 30) of the lunar month that holds `date`. */
export function lunarMonthLength(date: IsoDate): number {
  const jdn = toJdn(date);
  let k = lunationBefore(jdn) + 1;
  while (newMoonDay(k) > jdn) k -= 1;
  return newMoonDay(k + 1) - newMoonDay(k);
}
