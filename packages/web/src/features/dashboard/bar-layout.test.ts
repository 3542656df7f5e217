import { describe, expect, it } from "vitest";
import { layoutHBars, wrapLabel } from "./bar-layout";

describe("the dashboard's bars", () => {
  it("scale to the largest value, or to a target line beyond it", () => {
    const plain = layoutHBars([2, 8, 0], 300, { rowHeight: 20, gap: 10 });
    expect(plain.rows).toEqual([
      { y: 0, width: 75 },
      { y: 30, width: 300 },
      { y: 60, width: 0 },
    ]);
    expect(plain.height).toBe(90);
    const occupancy = layoutHBars([0.2, 0.35], 300, { rowHeight: 20, gap: 10, max: 0.5 });
    expect(occupancy.max).toBe(0.5);
    expect(occupancy.scale(0.3)).toBeCloseTo(180);
    expect(layoutHBars([1.2], 300, { rowHeight: 20, gap: 10, max: 1 }).rows[0]?.width).toBe(300);
    expect(layoutHBars([], 300, { rowHeight: 20, gap: 10 }).max).toBe(1);
    // a row whose label takes two lines is taller; the next row starts below it
    expect(layoutHBars([1, 1], 300, { rowHeight: [33, 22], gap: 8 }).rows.map((r) => r.y)).toEqual([0, 41]);
  });

  it("write a long agency name whole, on several lines", () => {
    const name = "Liên danh Công ty TNHH ĐTXD Tân Đại Nam và Công ty CP Xây dựng công nghiệp và Phát triển hạ tầng";
    const lines = wrapLabel(name);
    expect(lines.join(" ")).toBe(name);
    expect(lines.every((l) => l.length <= 36)).toBe(true);
    expect(wrapLabel("Quá hạn")).toEqual(["Quá hạn"]);
  });
});
