import { describe, expect, it } from "vitest";
import { deadlineRuleSchema } from "./deadline-rule";
import { describeRule } from "./describe-rule";

const describeOf = (r: unknown) => describeRule(deadlineRuleSchema.parse(r));

describe("describeRule", () => {
  it.each([
    [{ kind: "date", value: "2025-12-03" }, "Chậm nhất ngày 03/12/2025"],
    [{ kind: "date", value: "2025-11-30", before: true }, "Trước ngày 30/11/2025"],
    [{ kind: "month", value: "2025-07" }, "Tháng 7/2025"],
    [{ kind: "month", value: "2025-07", before: true }, "Trước tháng 7/2025"],
    [{ kind: "quarter", value: "2026-Q3" }, "Quý III/2026"],
    [{ kind: "quarter", value: "2026-Q2", before: true }, "Trước Quý II/2026"],
    [{ kind: "year", value: "2026" }, "Năm 2026"],
    [{ kind: "recurring-weekly", value: "5" }, "Hằng tuần, thứ Sáu"],
    [{ kind: "recurring-weekly", value: "1", before: true }, "Hằng tuần, trước thứ Hai"],
    [{ kind: "recurring-monthly", value: "20", before: true }, "Hằng tháng, trước ngày 20"],
    [{ kind: "recurring-monthly", value: "5" }, "Hằng tháng, ngày 5"],
    [{ kind: "recurring-quarterly", value: null }, "Hằng quý, vào cuối quý"],
    [{ kind: "recurring-quarterly", value: "15", before: true }, "Hằng quý, trước ngày 15 tháng đầu quý sau"],
    [{ kind: "recurring-yearly", value: "11-30", before: true }, "Hằng năm, trước ngày 30/11"],
    [{ kind: "working-days-after", value: "5", event: "ngày phê duyệt" }, "05 ngày làm việc kể từ ngày phê duyệt"],
    [{ kind: "working-days-after", value: "10" }, "10 ngày làm việc kể từ ngày phát sinh sự việc"],
    [{ kind: "asap", value: null }, "Trong thời gian sớm nhất"],
    [{ kind: "continuous", value: null }, "Thường xuyên"],
    [{ kind: "none", value: null }, "Không có thời hạn"],
  ])("%j → %s", (r, text) => {
    expect(describeOf(r)).toBe(text);
  });
});
