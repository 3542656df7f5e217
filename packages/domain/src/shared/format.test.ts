import { describe, expect, it } from "vitest";
import { formatDateTimeVi, formatDateVi, formatNumber, formatPercent, parseDateVi } from "./format";

describe("formats", () => {
  it("writes numbers the Vietnamese way", () => {
    expect(formatNumber(1156.77)).toBe("1.156,77");
    expect(formatNumber(4050805)).toBe("4.050.805");
    expect(formatNumber(1156.77, 2, "en")).toBe("1,156.77");
    expect(formatNumber(null)).toBe("—");
  });
  it("writes percentages", () => {
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(0.305)).toBe("30,5%");
  });
  it("writes and reads dd/mm/yyyy", () => {
    expect(formatDateVi("2025-03-10")).toBe("10/03/2025");
    expect(formatDateVi("2026-06")).toBe("06/2026");
    expect(parseDateVi("4/10/2023")).toBe("2023-10-04");
    expect(parseDateVi("31/02/2025")).toBeNull();
    expect(parseDateVi("2025-02-01")).toBeNull();
  });
});

describe("formatDateTimeVi", () => {
  it("writes an instant in Vietnam's time, the day after UTC's from 17:00 UTC", () => {
    expect(formatDateTimeVi("2026-11-23T20:08:05.286Z")).toBe("24/11/2026 03:08");
    expect(formatDateTimeVi(new Date("2026-11-23T16:59:00Z"))).toBe("23/11/2026 23:59");
    expect(formatDateTimeVi(null)).toBe("—");
    expect(formatDateTimeVi("không phải ngày")).toBe("không phải ngày");
  });
});
