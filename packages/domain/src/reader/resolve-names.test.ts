import { describe, expect, it } from "vitest";
import { buildNameIndex, findNamesIn, resolveName } from "./resolve-names";
import { testRegistry } from "./test-registry";

const index = buildNameIndex(testRegistry);
const idOf = (text: string) => resolveName(text, index)?.agencyId ?? null;

describe("resolveName", () => {
  it.each([
    ["Sở Công Thương", "so-cong-thuong"],
    ["SỞ CÔNG THƯƠNG", "so-cong-thuong"],
    ["So cong thuong", "so-cong-thuong"],
    ["Ban Quản lý Khu KTCK", "bql-khu-ktck"],
    ["Ban Quản lý Khu KTCK Đồng Đăng - Lạng Sơn", "bql-khu-ktck"],
    ["BQL Khu kinh tế cửa khẩu Đông Đăng - Lạng Sơn", "bql-khu-ktck"],
    ["UBND xã Tân Thành", "ubnd-xa-tan-thanh"],
    ["Ủy ban nhân dân xã Tân Thành", "ubnd-xa-tan-thanh"],
    ["Uỷ ban nhân dân xã Tân Thành", "ubnd-xa-tan-thanh"],
    ["Trung tâm phát triển quỹ đất tỉnh", "trung-tam-ptqd-tinh"],
    ["Chủ đầu tư CCN Hòa Sơn 1", "lien-danh-tan-dai-nam"],
    ["Chủ đầu tư Cụm công nghiệp Hoà Sơn 1", "lien-danh-tan-dai-nam"],
    ["Nhà đầu tư KCN VSIP Lạng Sơn", "cong-ty-vsip-lang-son"],
    ["Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh", "doan-thanh-son"],
    ["đồng chí Đoàn Thanh Sơn", "doan-thanh-son"],
  ])("%s → %s", (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it.each([
    "UBND các xã có dự án",
    "các cơ quan liên quan",
    "Các sở, ban, ngành, địa phương liên quan",
    "Chủ đầu tư Khu KTCK Đồng Đăng - Lạng Sơn",
    "Sở Công Thương, Sở Tài chính",
    "Sở Ngoại giao",
  ])("leaves %s unresolved", (text) => {
    expect(resolveName(text, index)).toBeNull();
  });

  it("returns the text as written and the registry name", () => {
    expect(resolveName("Ban Quản lý Khu KTCK", index)).toEqual({
      text: "Ban Quản lý Khu KTCK",
      agencyId: "bql-khu-ktck",
      name: "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
    });
  });
});

describe("findNamesIn", () => {
  it("finds the zones a sentence names, each once, in order", () => {
    const text = "kiểm tra các dự án Cụm công nghiệp Hoà Sơn 1, Cụm công nghiệp Hồ Sơn 1 và Khu công nghiệp VSIP Lạng Sơn; CCN Hòa Sơn 1";
    expect(findNamesIn(index.zones, text).map((z) => z.id)).toEqual(["ccn-hoa-son-1", "ccn-ho-son-1", "kcn-vsip-lang-son"]);
  });
});
