import { describe, expect, it } from "vitest";
import { type PhraseOptions, parseDeadlinePhrase } from "./deadline-phrases";

/** The deadline phrases of issue 15, each as documents write it. */
const CASES: [string, unknown, PhraseOptions?][] = [
  ["Định kỳ trước ngày 05 hằng tháng và hằng quý gửi báo cáo", { kind: "recurring-monthly", value: "5", before: true }],
  ["gửi Sở Tài chính trước ngày 10/12/2025", { kind: "date", value: "2025-12-10", before: true }],
  ["hoàn thành trong tháng 12/2025", { kind: "month", value: "2025-12" }],
  ["hoàn thành trong năm 2025", { kind: "year", value: "2025" }],
  ["thực hiện trong năm 2025 - 2026", { kind: "year", value: "2026" }],
  ["hoàn thành trong Quý I/2026", { kind: "quarter", value: "2026-Q1" }],
  ["hoàn thành trong quý I năm 2026", { kind: "quarter", value: "2026-Q1" }],
  ["hoàn thành trong 6 tháng đầu năm", { kind: "month", value: "2026-06" }, { year: 2026 }],
  // a period named, not a deadline
  ["báo cáo kết quả 6 tháng đầu năm 2026", null],
  ["báo cáo trước 15/12 hằng năm", { kind: "recurring-yearly", value: "12-15", before: true }],
  ["báo cáo hằng tuần", { kind: "recurring-weekly", value: "5", inferred: "end of the working week" }],
  ["báo cáo hằng quý", { kind: "recurring-quarterly", value: null }],
  ["theo dõi thường xuyên", { kind: "continuous", value: null }],
  ["khẩn trương báo cáo", { kind: "asap", value: null }],
  ["báo cáo ngay.", { kind: "asap", value: null }],
  [
    "trong vòng 10 ngày làm việc kể từ ngày nhận được văn bản",
    { kind: "working-days-after", value: "10", event: "ngày nhận được văn bản" },
  ],
  ["báo cáo UBND tỉnh trước ngày 30/11", { kind: "date", value: "2025-11-30", before: true }, { year: 2025 }],
  ["báo cáo trước ngày 8-2-2019", { kind: "date", value: "2019-02-08", before: true }],
  ["gửi Văn phòng Chính phủ trước ngày 12-2", { kind: "date", value: "2008-02-12", before: true }, { year: 2008 }],
  ["chậm nhất ngày 25.12.2017 phải báo cáo", { kind: "date", value: "2017-12-25" }],
  // an hour before the day is dropped, the day kept
  ["gửi về Văn phòng trước 15 giờ, ngày 06/12/2019", { kind: "date", value: "2019-12-06", before: true }],
  ["gửi về Văn phòng trước 9h30 ngày 06/12/2019", { kind: "date", value: "2019-12-06", before: true }],
  ["nộp chậm nhất 16 giờ ngày 06 tháng 12 năm 2019", { kind: "date", value: "2019-12-06" }],
  ["gửi trước 10 giờ ngày 06/12", { kind: "date", value: "2019-12-06", before: true }, { issuedOn: "2019-11-20" }],
  // a month written with a dot or a dash
  ["bàn giao mặt bằng trong tháng 11.2015", { kind: "month", value: "2015-11" }],
  ["bàn giao mặt bằng trong tháng 11-2015", { kind: "month", value: "2015-11" }],
  // twice a year: the first day is the rule
  ["báo cáo định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)", { kind: "recurring-yearly", value: "06-15", before: true }],
  ["trước ngày 20 tháng 6 và trước ngày 20 tháng 12 hằng năm, báo cáo", { kind: "recurring-yearly", value: "06-20", before: true }],
  // a labelled deadline inside a sentence
  ["rà soát hồ sơ (thời gian hoàn thành: trước 30/11/2025)", { kind: "date", value: "2025-11-30", before: true }],
  ["rà soát hồ sơ; thời hạn: Quý I/2026", { kind: "quarter", value: "2026-Q1" }],
  // "vào năm …" is a time
  ["sơ kết giữa kỳ vào năm 2008", { kind: "year", value: "2008" }],
  // a day, month or quarter without a year is the first one on or after the document's date
  ["báo cáo trước ngày 15/01", { kind: "date", value: "2026-01-15", before: true }, { issuedOn: "2025-11-10" }],
  ["báo cáo trước 30/11", { kind: "date", value: "2025-11-30", before: true }, { issuedOn: "2025-11-10" }],
  ["hoàn thành trong tháng 12", { kind: "month", value: "2025-12" }, { issuedOn: "2025-11-10" }],
  ["hoàn thành trong tháng 3", { kind: "month", value: "2026-03" }, { issuedOn: "2025-11-10" }],
  ["hoàn thành trong quý I", { kind: "quarter", value: "2026-Q1" }, { issuedOn: "2025-11-10" }],
  ["hoàn thành trong 6 tháng đầu năm", { kind: "month", value: "2026-06" }, { issuedOn: "2025-11-10" }],
  // working days through the calendar: 14/11/2025 is a Friday, ten working days later is Friday 28/11
  [
    "trong vòng 10 ngày làm việc kể từ ngày 14/11/2025",
    { kind: "date", value: "2025-11-28", inferred: "10 working days after 2025-11-14" },
  ],
  [
    "trong vòng 10 ngày làm việc kể từ ngày ký Thông báo này",
    { kind: "date", value: "2025-11-28", inferred: "10 working days after 2025-11-14" },
    { issuedOn: "2025-11-14" },
  ],
  // relative to the meeting of an invitation (Monday 24/11/2025)
  [
    "gửi trước 02 ngày so với ngày họp",
    { kind: "date", value: "2025-11-22", inferred: "2 days before the meeting" },
    { meetingDate: "2025-11-24" },
  ],
  [
    "gửi trước 02 ngày làm việc so với ngày tổ chức hội nghị",
    { kind: "date", value: "2025-11-20", inferred: "2 working days before the meeting" },
    { meetingDate: "2025-11-24" },
  ],
  [
    "gửi Văn phòng trước cuộc họp",
    { kind: "date", value: "2025-11-24", before: true, inferred: "before the meeting" },
    { meetingDate: "2025-11-24" },
  ],
];

describe("deadline phrases of issue 15", () => {
  for (const [text, rule, options] of CASES) {
    it(text, () => expect(parseDeadlinePhrase(text, options ?? {})).toEqual(rule));
  }
  it("a day and month without a year and without the document's date stays unread", () => {
    expect(parseDeadlinePhrase("báo cáo trước ngày 30/11")).toBeNull();
  });
  it("a meeting-relative deadline without the meeting's date stays unread", () => {
    expect(parseDeadlinePhrase("gửi trước 02 ngày so với ngày họp")).toBeNull();
  });
});
