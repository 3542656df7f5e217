import { describe, expect, it } from "vitest";
import { parseDeadlinePhrase } from "./deadline-phrases";

/** The deadline phrases of issue 15, each as documents write it. */
const CASES: [string, unknown, { year?: number }?][] = [
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
];

describe("deadline phrases of issue 15", () => {
  for (const [text, rule, options] of CASES) {
    it(text, () => expect(parseDeadlinePhrase(text, options ?? {})).toEqual(rule));
  }
  it("a day and month without a year and without the document's date stays unread", () => {
    expect(parseDeadlinePhrase("báo cáo trước ngày 30/11")).toBeNull();
  });
});
