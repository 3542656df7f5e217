import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDateVi, parseDateVi } from "../shared/format";
import { formatDayMonthVi, monthLabelVi, quarterLabelVi, weekdayNameVi, weekLabelVi } from "./format-date";
import { fromDayNumber, toDayNumber } from "./iso-date";

describe("dd/mm/yyyy", () => {
  it("formats and parses", () => {
    expect(formatDateVi("2025-07-14")).toBe("14/07/2025");
    expect(formatDayMonthVi("2025-11-30")).toBe("30/11");
    expect(parseDateVi("14/7/2025")).toBe("2025-07-14");
    expect(parseDateVi(" 03.12.2025 ")).toBe("2025-12-03");
    expect(parseDateVi("31/4/2025")).toBeNull();
    expect(parseDateVi("2025-07-14")).toBeNull();
  });

  it("round-trips (property)", () => {
    const dates = fc.integer({ min: toDayNumber("1900-01-01"), max: toDayNumber("2199-12-31") }).map(fromDayNumber);
    fc.assert(
      fc.property(dates, (date) => {
        expect(parseDateVi(formatDateVi(date))).toBe(date);
      }),
    );
  });

  it("names weekdays and periods in Vietnamese", () => {
    expect(weekdayNameVi(1)).toBe("thứ Hai");
    expect(weekdayNameVi(7)).toBe("Chủ nhật");
    expect(() => weekdayNameVi(8)).toThrow(RangeError);
    expect(quarterLabelVi(2026, 3)).toBe("Quý III/2026");
    expect(monthLabelVi(2025, 7)).toBe("Tháng 7/2025");
    expect(weekLabelVi(2026, 6, "2026-02-02")).toBe("Tuần 6/2026 (02/02–08/02/2026)");
  });
});
