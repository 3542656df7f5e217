import { describe, expect, it } from "vitest";
import { en } from "./en";
import { translate } from "./translate";
import { vi } from "./vi";

describe("message catalogue", () => {
  it("has the same keys and the same placeholders in both languages", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) expect([key, placeholders(en[key])]).toEqual([key, placeholders(vi[key])]);
  });

  it("fills the placeholders", () => {
    expect(translate("vi", "zones.import.done", { created: 1, updated: 2, unchanged: 0 })).toBe(
      "Đã nhập: 1 thêm mới, 2 cập nhật, 0 không đổi.",
    );
    expect(translate("en", "map.place.hint", { name: "CCN Hòa Sơn 1" })).toBe("Click on the map to place CCN Hòa Sơn 1.");
  });
});
