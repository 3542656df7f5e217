export { deltaTSeconds, newMoonJd, newMoonJde, SYNODIC_MONTH, sunLongitude } from "./astronomy";
export {
  formatDayMonthVi,
  formatDecree30Date,
  monthLabelVi,
  quarterLabelVi,
  romanQuarter,
  weekdayNameVi,
  weekLabelVi,
  yearLabelVi,
} from "./format-date";
export {
  compensatingDays,
  DERIVED_BY_RULE,
  defaultNationalDayAdjacent,
  defaultTetDays,
  fixedDateHolidays,
  type Holiday,
  type HolidayKind,
  hungKingsDay,
  isWeekend,
  LABOUR_CODE_HOLIDAYS,
  type MakeUpWorkday,
  tetDayName,
} from "./holiday-rules";
export { type HolidayTable, type HolidayYearDecisions, vietnamHolidayTable } from "./holiday-table";
export { buildHolidayYear, type HolidayYear, legalHolidays } from "./holidays";
export {
  addDays,
  type CivilDate,
  clampedDate,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  type IsoDate,
  isIsoDate,
  isLeapYear,
  isoDate,
  isoWeekday,
  maxIsoDate,
  minIsoDate,
  parseIsoDate,
  toDayNumber,
} from "./iso-date";
export { isoDateSchema } from "./iso-date-schema";
export {
  type LunarDate,
  lastDayOfLunarYear,
  lunarMonthLength,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
} from "./lunar-calendar";
export {
  type DateRange,
  endOfMonth,
  isoWeekOf,
  isQuarterEnd,
  isWithin,
  monthRange,
  type Quarter,
  quarterEnd,
  quarterOf,
  quarterOfMonth,
  quarterRange,
  quarterStart,
  startOfIsoWeek,
  yearRange,
} from "./periods";
export { civilDateOf, endOfVietnamDay, type Now, VIETNAM_UTC_OFFSET_HOURS, vietnamDateOf } from "./vietnam-time";
export {
  addWorkingDays,
  countWorkingDays,
  createWorkingCalendar,
  dayOffOn,
  deadlineOn,
  holidaysOf,
  isWorkingDay,
  makeUpWorkdaysOf,
  vietnamCalendar,
  type WorkingCalendar,
  workingDayOnOrAfter,
} from "./working-calendar";
