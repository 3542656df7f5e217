import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareVi, foldVi, normVi, slugVi } from "./vi-text";

describe("normVi", () => {
  it.each([
    ["Hoà Sơn", "Hòa Sơn"],
    ["Hòa Sơn", "Hòa Sơn"],
    ["Thuỵ Hùng", "Thụy Hùng"],
    ["khoẻ", "khỏe"],
    ["uỷ ban", "ủy ban"],
    ["HOÀ BÌNH", "HÒA BÌNH"],
    ["Quý Hoà", "Quý Hòa"],
    ["  Cụm   công nghiệp  ", "Cụm công nghiệp"],
  ])("%s → %s", (input, expected) => {
    expect(normVi(input)).toBe(expected);
  });

  it.each(["hoàng", "Quý", "quỳ", "thuở", "thuế", "khuỷu", "ngoài", "khoáng", "Nguyễn", "Đà Bắc", "hoàn thành", "thuyết"])(
    "leaves %s unchanged",
    (word) => {
      expect(normVi(word)).toBe(word);
    },
  );

  it("gives the same result for NFD and NFC input", () => {
    expect(normVi("Hoà Sơn".normalize("NFD"))).toBe(normVi("Hoà Sơn"));
  });

  it("is idempotent and always NFC", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = normVi(s);
        expect(normVi(once)).toBe(once);
        expect(once.normalize("NFC")).toBe(once);
      }),
    );
  });
});

describe("foldVi", () => {
  it("folds case, marks, đ and tone placement to one key", () => {
    expect(foldVi("Hoà Sơn")).toBe("hoa son");
    expect(foldVi("Hòa Sơn")).toBe("hoa son");
    expect(foldVi("HOA SON")).toBe("hoa son");
    expect(foldVi("Đồng Đăng – Lạng Sơn")).toBe("dong dang lang son");
  });
  it("finds Hồ Sơn with 'ho son'", () => {
    expect(foldVi("CCN Hồ Sơn 1").includes(foldVi("ho son"))).toBe(true);
  });
});

describe("compareVi", () => {
  it("sorts like a Vietnamese reader", () => {
    const names = ["Đà Bắc", "Ô Môn", "An Khê", "Dương Kinh", "Ân Thi", "Oanh", "Bình Minh", "Yên Thủy"];
    expect([...names].sort(compareVi)).toEqual(["An Khê", "Ân Thi", "Bình Minh", "Dương Kinh", "Đà Bắc", "Oanh", "Ô Môn", "Yên Thủy"]);
  });
  it("sorts numbers inside names naturally", () => {
    expect(["CCN Na Dương 10", "CCN Na Dương 2"].sort(compareVi)).toEqual(["CCN Na Dương 2", "CCN Na Dương 10"]);
  });
});

it("slugVi makes readable ids", () => {
  expect(slugVi("CCN Hòa Sơn 1")).toBe("ccn-hoa-son-1");
});
