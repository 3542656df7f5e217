import { addDays, isIsoDate } from "../calendar/iso-date";
import { addWorkingDays } from "../calendar/working-calendar";
import type { DeadlineRule } from "../deadlines/deadline-rule";

/**
 * Deadline words as documents write them → deadline rules:
 *   "chậm nhất ngày 14/7/2025" date · "trong tháng 7/2025" month · "Quý III/2026", "quý II năm 2026"
 *   quarter · "trong năm 2026" year · "trước ngày 20 hằng tháng" recurring-monthly (before) ·
 *   "Định kỳ hằng năm … trước ngày 30/11" recurring-yearly · "05 ngày làm việc kể từ ngày phê duyệt"
 *   working-days-after · "sớm", "khẩn trương", "trong thời gian sớm nhất" asap · "thường xuyên"
 *   continuous · "đảm bảo thời gian nêu trên" a back-reference to the date given before.
 */

export type PhraseCategory = "explicit" | "asap" | "continuous" | "back-reference";

export interface DeadlinePhrase {
  index: number;
  end: number;
  text: string;
  category: PhraseCategory;
  /** null for a back-reference (resolved by the caller against earlier tasks). */
  rule: DeadlineRule | null;
}

export interface PhraseOptions {
  /** The document's year, for dates written without one ("trước ngày 30/11"). */
  year?: number;
  /**
   * The document's date ("2025-11-10"): a day, month or quarter written without a year is its
   * first one on or after that date ("trước ngày 15/01" in a notice of 10/11/2025 is 15/01/2026).
   */
  issuedOn?: string;
  /** The date of the meeting an invitation announces, for "trước 02 ngày so với ngày họp". */
  meetingDate?: string;
}

/** The year of a day and month written without one, from the document's date. */
function yearFor(month: number, day: number, o: PhraseOptions): string | null {
  const issued = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(o.issuedOn ?? "");
  if (!issued) return o.year ? String(o.year) : null;
  const year = Number(issued[1]);
  const [m, d] = [Number(issued[2]), Number(issued[3] ?? "1")];
  return String(month < m || (month === m && day < d) ? year + 1 : year);
}

type Build = (m: RegExpExecArray, options: PhraseOptions) => DeadlineRule | null;
interface Pattern {
  category: PhraseCategory;
  regex: RegExp;
  build: Build;
}

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const EVERY = "(?:hằng|hàng|mỗi)";
const WEEKDAY = "(thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)";
/** A labelled deadline inside a sentence: "…; thời hạn: tháng 12/2025", "(thời gian hoàn thành: trước 30/11/2025)". */
const LABEL = "(?:thời\\s+hạn|thời\\s+gian\\s+hoàn\\s+(?:thành|tất)|hạn\\s+hoàn\\s+thành)\\s*:(?:\\s+(?:trước|trong|chậm\\s+nhất))?";
const QUAL_DAY = `(${LABEL}|chậm\\s+nhất(?:\\s+là)?(?:\\s+vào)?(?:\\s+trước)?|xong\\s+trước|trước|hạn\\s+chót|hạn|đến\\s+hết|trong|vào|không\\s+muộn\\s+hơn)`;
const QUAL_PERIOD = `(${LABEL}|trong\\s+cuối|trong|trước|chậm\\s+nhất(?:\\s+(?:trong|là|vào))?|đến\\s+hết|hết|cuối|ngay\\s+trong)`;
/** An hour before the day ("trước 14 giờ, ngày 05/12/2017", "trước 9h00 ngày …"): the day is recorded, the hour dropped. */
const HOUR = "(?:\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2}(?:\\s*phút)?)?\\s*,?\\s*)?";
/** "10/12/2025", "8-2-2019", "25.12.2017". */
const SEP = "[\\/.-]";
const re = (source: string) => new RegExp(`${B}${source}${E}`, "giu");

const pad = (n: string | undefined) => String(Number(n ?? "0")).padStart(2, "0");
const day = (d: string | undefined) => String(Number(d ?? "0"));
const isBefore = (q: string | undefined) => /trước/iu.test(q ?? "");
const withBefore = <T extends DeadlineRule>(rule: T, q: string | undefined): T => (isBefore(q) ? { ...rule, before: true } : rule);
const validDay = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const WEEKDAYS: Record<string, string> = {
  hai: "1",
  ba: "2",
  tư: "3",
  năm: "4",
  sáu: "5",
  bảy: "6",
  "2": "1",
  "3": "2",
  "4": "3",
  "5": "4",
  "6": "5",
  "7": "6",
};

function weekday(text: string | undefined): string | null {
  const t = (text ?? "").toLowerCase().replace(/\s+/g, " ");
  if (t === "chủ nhật") return "7";
  return WEEKDAYS[t.replace(/^thứ /, "")] ?? null;
}

function date(q: string | undefined, d: string | undefined, m: string | undefined, y: string | undefined): DeadlineRule | null {
  if (!validDay(Number(d), Number(m))) return null;
  return withBefore({ kind: "date", value: `${y}-${pad(m)}-${pad(d)}` }, q);
}

const monthly: Build = (m) =>
  Number(m[2]) >= 1 && Number(m[2]) <= 31 ? withBefore({ kind: "recurring-monthly", value: day(m[2]) }, m[1]) : null;

/**
 * "10 ngày làm việc kể từ ngày …": a date through the working-day calendar when the event's date is
 * written ("kể từ ngày 15/11/2025") or is the document's own ("kể từ ngày ký Thông báo này"); else
 * the rule waits for the event.
 */
function workingDaysAfter(n: number, event: string, o: PhraseOptions): DeadlineRule {
  const written = /^ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/u.exec(event);
  const own = /^ngày\s+(?:ký|ban\s+hành)(?:\s+(?:văn\s+bản|thông\s+báo|quyết\s+định|kế\s+hoạch|công\s+văn))?\s+này$/iu.test(event);
  const from = written ? `${written[3]}-${pad(written[2])}-${pad(written[1])}` : own ? (o.issuedOn ?? "") : "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(from) && isIsoDate(from)) {
    return { kind: "date", value: addWorkingDays(from, n), inferred: `${n} working days after ${from}` };
  }
  return { kind: "working-days-after", value: String(n), event };
}

/** "gửi trước 02 ngày so với ngày họp", "trước 01 ngày làm việc so với ngày tổ chức hội nghị", "trước ngày họp". */
function beforeMeeting(m: RegExpExecArray, o: PhraseOptions): DeadlineRule | null {
  if (!o.meetingDate) return null;
  if (!m[1]) return { kind: "date", value: o.meetingDate, before: true, inferred: "before the meeting" };
  const n = Number(m[1]);
  const value = m[2] ? addWorkingDays(o.meetingDate, -n) : addDays(o.meetingDate, -n);
  return { kind: "date", value, inferred: `${n} ${m[2] ? "working " : ""}days before the meeting` };
}

const MEETING = "(?:cuộc\\s+|buổi\\s+|phiên\\s+)?(?:họp|hội\\s+nghị|làm\\s+việc)";

const PATTERNS: Pattern[] = [
  {
    category: "explicit",
    regex: re(
      `trước\\s+(?:(\\d{1,2})\\s+ngày(\\s+làm\\s+việc)?\\s+(?:so\\s+với\\s+|trước\\s+)?)?(?:ngày\\s+(?:tổ\\s+chức\\s+)?${MEETING}|${MEETING}|thời\\s+gian\\s+(?:tổ\\s+chức\\s+)?${MEETING})`,
    ),
    build: beforeMeeting,
  },
  {
    category: "back-reference",
    regex: re(
      "(?:đảm\\s+bảo|bảo\\s+đảm|theo|đúng|trong)\\s+(?:thời\\s+gian|thời\\s+hạn|mốc\\s+thời\\s+gian)\\s+(?:đã\\s+)?(?:nêu|quy\\s+định|ghi|đề\\s+ra)\\s+(?:ở\\s+|tại\\s+)?trên",
    ),
    build: () => null,
  },
  {
    category: "explicit",
    regex: re(
      `(?:định\\s+kỳ\\s+)?${EVERY}\\s+tháng\\s*\\(\\s*(trước|chậm\\s+nhất|vào)?\\s*ngày\\s+(\\d{1,2})\\s+(?:${EVERY}|của\\s+mỗi)\\s+tháng\\s*\\)`,
    ),
    build: monthly,
  },
  {
    category: "explicit",
    regex: re(
      `(?:định\\s+kỳ\\s+${EVERY}\\s+tháng\\s*,?\\s*)?(trước|chậm\\s+nhất|vào)\\s+ngày\\s+(\\d{1,2})\\s+(?:${EVERY}|của\\s+mỗi|các)\\s+tháng`,
    ),
    build: monthly,
  },
  {
    category: "explicit",
    regex: re(`(?:định\\s+kỳ\\s+)?${EVERY}\\s+tháng\\s*,?\\s*(trước|chậm\\s+nhất|vào)\\s+ngày\\s+(\\d{1,2})(?!\\s*\\/|\\s*tháng|\\d)`),
    build: monthly,
  },
  {
    category: "explicit",
    regex: re(`(?:định\\s+kỳ\\s+)?(?:(trước|chậm\\s+nhất|vào)\\s+)?(?:ngày\\s+)?${WEEKDAY}\\s+(?:${EVERY}|các)\\s+tuần`),
    build: (m) => {
      const value = weekday(m[2]);
      return value ? withBefore({ kind: "recurring-weekly", value }, m[1]) : null;
    },
  },
  {
    category: "explicit",
    regex: re(`(?:định\\s+kỳ\\s+)?${EVERY}\\s+tuần\\s*,?\\s*(trước|chậm\\s+nhất|vào)\\s+(?:ngày\\s+)?${WEEKDAY}`),
    build: (m) => {
      const value = weekday(m[2]);
      return value ? withBefore({ kind: "recurring-weekly", value }, m[1]) : null;
    },
  },
  {
    category: "explicit",
    regex: re(
      `(?:định\\s+kỳ\\s+)?${EVERY}\\s+quý(?:\\s*,?\\s*(trước|chậm\\s+nhất|vào)\\s+ngày\\s+(\\d{1,2})\\s+(?:của\\s+)?tháng\\s+đầu\\s+(?:của\\s+)?quý\\s+(?:sau|tiếp\\s+theo|kế\\s+tiếp))?`,
    ),
    build: (m) => withBefore({ kind: "recurring-quarterly", value: m[2] ? day(m[2]) : null }, m[1]),
  },
  {
    category: "explicit",
    // "trước ngày 20 tháng 6 và trước ngày 20 tháng 12 hằng năm": twice a year, the first day is the rule
    regex: re(
      `(trước|chậm\\s+nhất|vào)\\s+(?:ngày\\s+)?(\\d{1,2})\\s*(?:\\/|\\s+tháng\\s+)\\s*(\\d{1,2})\\s*(?:,|và)\\s*(?:(?:trước|chậm\\s+nhất|vào)\\s+)?(?:ngày\\s+)?\\d{1,2}\\s*(?:\\/|\\s+tháng\\s+)\\s*\\d{1,2}\\s+${EVERY}\\s+năm`,
    ),
    build: (m) =>
      validDay(Number(m[2]), Number(m[3])) ? withBefore({ kind: "recurring-yearly", value: `${pad(m[3])}-${pad(m[2])}` }, m[1]) : null,
  },
  {
    category: "explicit",
    regex: re(`(trước|chậm\\s+nhất|vào)\\s+(?:ngày\\s+)?(\\d{1,2})\\s*(?:\\/|\\s+tháng\\s+)\\s*(\\d{1,2})\\s+${EVERY}\\s+năm`),
    build: (m) =>
      validDay(Number(m[2]), Number(m[3])) ? withBefore({ kind: "recurring-yearly", value: `${pad(m[3])}-${pad(m[2])}` }, m[1]) : null,
  },
  {
    category: "explicit",
    regex: re(
      "(?:(chậm\\s+nhất|trong\\s+vòng|trong\\s+thời\\s+hạn|trong|sau)\\s+)?(\\d{1,3})\\s+ngày\\s+làm\\s+việc\\s*,?\\s*(?:kể\\s+từ|tính\\s+từ|từ|sau)\\s+((?:ngày|khi)\\s+[^,;.()]{1,80}?)(?=\\s+(?:để|và|thì)(?![\\p{L}])|\\s*[,;.()]|$)",
    ),
    build: (m, o) => workingDaysAfter(Number(m[2]), (m[3] ?? "").trim(), o),
  },
  {
    category: "explicit",
    regex: re(
      `(?:hoàn\\s+thành\\s+)?${QUAL_DAY}\\s+${HOUR}(?:(?:hết\\s+)?ngày\\s+)?(\\d{1,2})\\s*${SEP}\\s*(\\d{1,2})\\s*${SEP}\\s*(\\d{4})`,
    ),
    build: (m) => date(m[1], m[2], m[3], m[4]),
  },
  {
    category: "explicit",
    regex: re(`(?:hoàn\\s+thành\\s+)?${QUAL_DAY}\\s+${HOUR}(?:(?:hết\\s+)?ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})`),
    build: (m) => date(m[1], m[2], m[3], m[4]),
  },
  {
    category: "explicit",
    // "trước ngày 30/11", "trước 30/6": the year is the document's (see yearFor)
    regex: re(
      `(chậm\\s+nhất(?:\\s+là)?|xong\\s+trước|trước|hạn)\\s+${HOUR}(?:ngày\\s+)?(\\d{1,2})\\s*${SEP}\\s*(\\d{1,2})(?!\\s*${SEP}\\s*\\d|\\d|\\s+${EVERY}\\s+năm)`,
    ),
    build: (m, o) => {
      const year = yearFor(Number(m[3]), Number(m[2]), o);
      return year ? date(m[1], m[2], m[3], year) : null;
    },
  },
  {
    category: "explicit",
    regex: re(`(?:hoàn\\s+thành\\s+)?${QUAL_PERIOD}\\s+tháng\\s+(\\d{1,2})\\s*(?:${SEP}|năm)\\s*(\\d{4})`),
    build: (m) => (Number(m[2]) >= 1 && Number(m[2]) <= 12 ? withBefore({ kind: "month", value: `${m[3]}-${pad(m[2])}` }, m[1]) : null),
  },
  {
    category: "explicit",
    regex: re(
      `(?:hoàn\\s+thành\\s+)?(?:(${QUAL_PERIOD.slice(1, -1)}|đầu)\\s+)?quý\\s+(IV|I{1,3}|[1-4])\\s*(?:\\/|năm|,\\s*năm)\\s*(\\d{4})`,
    ),
    build: (m) => withBefore({ kind: "quarter", value: `${m[3]}-Q${ROMAN[(m[2] ?? "").toUpperCase()]}` }, m[1]),
  },
  {
    category: "explicit",
    // "trong tháng 12", "trong quý I" without a year: the document's next one
    regex: re(`(?:hoàn\\s+thành\\s+)?${QUAL_PERIOD}\\s+tháng\\s+(\\d{1,2})(?!\\s*(?:\\/|năm|${SEP}\\s*\\d)|\\d)`),
    build: (m, o) => {
      const month = Number(m[2]);
      const year = month >= 1 && month <= 12 ? yearFor(month, 31, o) : null;
      return year ? withBefore({ kind: "month", value: `${year}-${pad(m[2])}` }, m[1]) : null;
    },
  },
  {
    category: "explicit",
    regex: re(`(?:hoàn\\s+thành\\s+)?(${QUAL_PERIOD.slice(1, -1)}|đầu)\\s+quý\\s+(IV|I{1,3})(?!\\s*(?:\\/|năm|,\\s*năm))`),
    build: (m, o) => {
      const quarter = ROMAN[(m[2] ?? "").toUpperCase()] ?? 0;
      const year = quarter ? yearFor(quarter * 3, 31, o) : null;
      return year ? withBefore({ kind: "quarter", value: `${year}-Q${quarter}` }, m[1]) : null;
    },
  },
  {
    category: "explicit",
    regex: re(`(?<!tháng\\s+)(?:hoàn\\s+thành\\s+)?(${QUAL_PERIOD.slice(1, -1)}|vào)\\s+năm\\s+(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?`),
    // "trong năm 2025 - 2026": the work may run until the end of the range
    build: (m) => withBefore({ kind: "year", value: m[3] ?? m[2] ?? "" }, m[1]),
  },
  {
    category: "explicit",
    // "trong 6 tháng đầu năm (2026)" → the end of June; "… cuối năm" → December; without a year, the document's.
    // Without "trong"/"trước" the words name a period ("nhiệm vụ 6 tháng cuối năm"), not a deadline.
    regex: re("(?:trong|trước|đến\\s+hết|hết)\\s+(?:6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm(?:\\s+(\\d{4}))?"),
    build: (m, o) => {
      const year = m[2] ?? yearFor(/đầu/iu.test(m[1] ?? "") ? 6 : 12, 30, o);
      return year ? { kind: "month", value: `${year}-${/đầu/iu.test(m[1] ?? "") ? "06" : "12"}` } : null;
    },
  },
  {
    category: "explicit",
    // "hằng tuần" without a weekday: due at the end of the working week (Friday)
    regex: re(`(?:định\\s+kỳ\\s+)?${EVERY}\\s+tuần(?!\\s*,?\\s*(?:trước|chậm\\s+nhất|vào)\\s+(?:ngày\\s+)?thứ)`),
    build: () => ({ kind: "recurring-weekly", value: "5", inferred: "end of the working week" }),
  },
  {
    category: "asap",
    regex: re("trong\\s+thời\\s+gian\\s+sớm\\s+nhất|càng\\s+sớm\\s+càng\\s+tốt|sớm\\s+nhất|khẩn\\s+trương|ngay(?=\\s*[;.,]|\\s*$)|sớm"),
    build: () => ({ kind: "asap", value: null }),
  },
  {
    category: "continuous",
    regex: re("thường\\s+xuyên"),
    build: () => ({ kind: "continuous", value: null }),
  },
];

/** "Định kỳ hằng năm, …, gửi Sở Công Thương trước ngày 30/11": a yearly day later in the same sentence. */
function yearlyInSentence(text: string): DeadlinePhrase[] {
  const out: DeadlinePhrase[] = [];
  // "định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)": twice a year, the first day is the rule
  const markers = `(?:định\\s+kỳ\\s+)?${EVERY}\\s+năm|định\\s+kỳ\\s+(?:0?6|sáu)\\s+tháng|(?:0?6|sáu)\\s+tháng\\s+(?:một|1)\\s+lần`;
  for (const marker of text.matchAll(new RegExp(`${B}(?:${markers})${E}`, "giu"))) {
    const from = (marker.index ?? 0) + marker[0].length;
    const sentence = text.slice(from).split(/[.;](?:\s|$)/u)[0] ?? "";
    const m = new RegExp(
      `${B}(trước|chậm\\s+nhất|vào)\\s+ngày\\s+(\\d{1,2})\\s*(?:\\/|\\s+tháng\\s+)\\s*(\\d{1,2})(?!\\s*\\/\\s*\\d|\\d|\\s+năm)`,
      "iu",
    ).exec(sentence);
    if (!m || !validDay(Number(m[2]), Number(m[3]))) continue;
    const index = from + (m.index ?? 0);
    const rule = withBefore({ kind: "recurring-yearly", value: `${pad(m[3])}-${pad(m[2])}` } as DeadlineRule, m[1]);
    out.push({ index, end: index + m[0].length, text: m[0], category: "explicit", rule });
  }
  return out;
}

/** All deadline phrases of a text, in order, without overlaps (the more specific reading wins). */
export function findDeadlinePhrases(text: string, options: PhraseOptions = {}): DeadlinePhrase[] {
  const candidates: { phrase: DeadlinePhrase; priority: number }[] = yearlyInSentence(text).map((phrase) => ({ phrase, priority: 0 }));
  PATTERNS.forEach((pattern, priority) => {
    for (const m of text.matchAll(pattern.regex)) {
      const rule = pattern.build(m as RegExpExecArray, options);
      if (rule === null && pattern.category !== "back-reference") continue;
      const index = m.index ?? 0;
      candidates.push({ phrase: { index, end: index + m[0].length, text: m[0], category: pattern.category, rule }, priority });
    }
  });
  candidates.sort((a, b) => a.priority - b.priority || a.phrase.index - b.phrase.index);
  const kept: DeadlinePhrase[] = [];
  for (const { phrase } of candidates) {
    if (kept.some((k) => phrase.index < k.end && k.index < phrase.end)) continue;
    kept.push(phrase);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** The rule of the first deadline phrase in `text`, or null. */
export function parseDeadlinePhrase(text: string, options: PhraseOptions = {}): DeadlineRule | null {
  return findDeadlinePhrases(text, options)[0]?.rule ?? null;
}
