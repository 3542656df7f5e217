import { formatDateVi, formatNumber } from "@dondoc/domain";
import { describe, expect, it } from "vitest";
import { formatFieldValue } from "./zone-value-format";

const vi = {
  num: (v: number | null | undefined, d = 2) => formatNumber(v, d, "vi"),
  date: formatDateVi,
  label: (l?: { vi: string; en: string }) => l?.vi ?? "—",
};
const en = {
  ...vi,
  num: (v: number | null | undefined, d = 2) => formatNumber(v, d, "en"),
  label: (l?: { vi: string; en: string }) => l?.en ?? "—",
};
const names = new Map([
  ["huyen-huu-lung", "Huyện Hữu Lũng"],
  ["xa-tan-thanh", "Xã Tân Thành"],
]);

describe("history values as people read them", () => {
  it("formats numbers, dates and money the Vietnamese way", () => {
    expect(formatFieldValue("areaHa", 1156.77, vi, names)).toBe("1.156,77");
    expect(formatFieldValue("areaHa", 1156.77, en, names)).toBe("1,156.77");
    expect(formatFieldValue("totalInvestmentMillionVnd", 4050805, vi, names)).toBe("4.050.805");
    expect(formatFieldValue("establishmentDecisionDate", "2023-10-04", vi, names)).toBe("04/10/2023");
  });

  it("shows the wastewater plant and fire safety status as labels, monitoring as yes or no", () => {
    expect(formatFieldValue("wastewaterStatus", "none", vi, names)).toBe("Chưa có");
    expect(formatFieldValue("fireSafetyStatus", "accepted", en, names)).toBe("Accepted");
    expect(formatFieldValue("wastewaterMonitoring", true, vi, names)).toBe("Có");
    expect(formatFieldValue("wastewaterMonitoring", false, en, names)).toBe("No");
    expect(formatFieldValue("wastewaterCapacityM3", 1500, vi, names)).toBe("1.500");
  });

  it("shows labels for codes and names for ids", () => {
    expect(formatFieldValue("stage", "construction-started", vi, names)).toBe("Đã khởi công");
    expect(formatFieldValue("stage", "construction-started", en, names)).toBe("Construction started");
    expect(formatFieldValue("formerDistrictId", "huyen-huu-lung", vi, names)).toBe("Huyện Hữu Lũng");
    expect(formatFieldValue("communeIds", ["xa-tan-thanh", "xa-la"], vi, names)).toBe("Xã Tân Thành, xa-la");
    expect(formatFieldValue("location", { lat: 21.50127, lon: 106.45936 }, vi, names)).toBe("21,50127; 106,45936");
    expect(formatFieldValue("note", null, vi, names)).toBe("—");
  });
});
