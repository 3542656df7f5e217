import { describe, expect, it } from "vitest";
import { accountableBodies, accountableBody, type BodyAgency } from "./accountable-body";

const registry = new Map<string, BodyAgency>(
  [
    { id: "ubnd-tinh", name: "UBND tỉnh Lạng Sơn", shortName: "UBND tỉnh", kind: "people-committee", parentId: null },
    { id: "van-phong-ubnd-tinh", name: "Văn phòng UBND tỉnh", kind: "office", parentId: "ubnd-tinh" },
    { id: "so-cong-thuong", name: "Sở Công Thương", kind: "department", parentId: "ubnd-tinh" },
    { id: "doan-thanh-son", name: "Đoàn Thanh Sơn", kind: "person", parentId: "ubnd-tinh" },
    { id: "dinh-huu-hoc", name: "Đinh Hữu Học", kind: "person", parentId: "ubnd-tinh" },
    { id: "nguyen-van-ha", name: "Nguyễn Văn Hà", kind: "person", parentId: "van-phong-ubnd-tinh" },
  ].map((a) => [a.id, a]),
);
const lead = (agencyId: string | null, text = agencyId ?? "") => ({
  agencyId,
  name: agencyId ? (registry.get(agencyId)?.name ?? null) : null,
  text,
});

describe("the body a task's lead is counted under", () => {
  it("a Vice-Chairman's task counts under the committee's leadership, not under his name", () => {
    expect(accountableBody(lead("doan-thanh-son"), registry)).toEqual({ id: "lanh-dao:ubnd-tinh", name: "Lãnh đạo UBND tỉnh" });
  });
  it("the head of the office counts under the office; a body under itself; an unresolved group as written", () => {
    expect(accountableBody(lead("nguyen-van-ha"), registry)).toEqual({ id: "van-phong-ubnd-tinh", name: "Văn phòng UBND tỉnh" });
    expect(accountableBody(lead("so-cong-thuong"), registry)).toEqual({ id: "so-cong-thuong", name: "Sở Công Thương" });
    expect(accountableBody(lead(null, "UBND các xã có dự án"), registry)).toEqual({ id: null, name: "UBND các xã có dự án" });
  });
  it("two leaders of the same committee on one task count once", () => {
    expect(accountableBodies([lead("doan-thanh-son"), lead("dinh-huu-hoc"), lead("so-cong-thuong")], registry).map((b) => b.name)).toEqual([
      "Lãnh đạo UBND tỉnh",
      "Sở Công Thương",
    ]);
  });
});
