import { describe, expect, it } from "vitest";
import { parsePeriod, periodContaining, periodLabel } from "./scorecard-period";

describe("scorecard periods", () => {
  it("reads a year, a quarter and a month as the deadline values are written", () => {
    expect(parsePeriod("2025")).toEqual({ kind: "year", value: "2025", from: "2025-01-01", to: "2025-12-31" });
    expect(parsePeriod("2026-Q3")).toEqual({ kind: "quarter", value: "2026-Q3", from: "2026-07-01", to: "2026-09-30" });
    expect(parsePeriod("2024-02")).toEqual({ kind: "month", value: "2024-02", from: "2024-02-01", to: "2024-02-29" });
    expect([parsePeriod("2025-Q5"), parsePeriod("2025-13"), parsePeriod(""), parsePeriod(null)]).toEqual([null, null, null, null]);
  });

  it("finds the period of a kind that holds a date", () => {
    expect(periodContaining("quarter", "2025-07-14").value).toBe("2025-Q3");
    expect(periodContaining("month", "2025-07-14").value).toBe("2025-07");
    expect(periodContaining("year", "2025-07-14").value).toBe("2025");
  });

  it("names it in both languages", () => {
    const q = parsePeriod("2026-Q3");
    const m = parsePeriod("2025-07");
    if (!q || !m) throw new Error("unparsed");
    expect([periodLabel(q, "vi"), periodLabel(q, "en"), periodLabel(m, "vi")]).toEqual(["Quý III/2026", "Q3 2026", "Tháng 7/2025"]);
  });
});
