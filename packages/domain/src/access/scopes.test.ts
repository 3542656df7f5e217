import { describe, expect, it } from "vitest";
import { roleCan, roles } from "./roles";
import { type Actor, canEditZone, canReportProgress } from "./scopes";

const actor = (over: Partial<Actor>): Actor => ({ id: "u", name: "U", role: "agency", agencyId: null, registryKinds: [], ...over });
const hoaSon1 = { kind: "CCN" as const, investorId: "ld-tan-dai-nam" };
const vsip = { kind: "KCN" as const, investorId: "cty-vsip-lang-son" };

describe("roles", () => {
  it("deny by default: the public role reads nothing but public pages", () => {
    expect(roleCan("public", "registry:read")).toBe(false);
    expect(roleCan(null, "registry:read")).toBe(false);
    expect(roleCan(null, "public")).toBe(true);
  });
  it("only admins manage users; admins and the office read the audit log", () => {
    expect(roles.filter((r) => roleCan(r, "users:manage"))).toEqual(["admin"]);
    expect(roles.filter((r) => roleCan(r, "audit:read"))).toEqual(["admin", "office"]);
  });
  it("leaders read everything in the registry and change nothing", () => {
    expect(roleCan("leader", "registry:read")).toBe(true);
    expect(roleCan("leader", "registry:edit")).toBe(false);
  });
});

describe("canEditZone", () => {
  it("Sở Công Thương edits clusters, not the industrial zone", () => {
    const sct = actor({ agencyId: "so-cong-thuong", registryKinds: ["CCN"] });
    expect(canEditZone(sct, hoaSon1, ["areaHa"])).toBe(true);
    expect(canEditZone(sct, vsip, ["areaHa"])).toBe(false);
  });
  it("an agency that maintains nothing edits nothing", () => {
    expect(canEditZone(actor({ agencyId: "so-xay-dung" }), hoaSon1, ["note"])).toBe(false);
  });
  it("an investor reports its own zone's figures only", () => {
    const investor = actor({ role: "investor", agencyId: "ld-tan-dai-nam" });
    expect(canEditZone(investor, hoaSon1, ["leasedLandHa", "source"])).toBe(true);
    expect(canEditZone(investor, hoaSon1, ["areaHa"])).toBe(false);
    expect(canEditZone(investor, vsip, ["leasedLandHa"])).toBe(false);
  });
  it("leaders and the office do not edit the registry", () => {
    expect(canEditZone(actor({ role: "leader" }), hoaSon1, ["note"])).toBe(false);
    expect(canEditZone(actor({ role: "office" }), hoaSon1, ["note"])).toBe(false);
  });
});

describe("canReportProgress", () => {
  it("the agency in charge, the zone's investor and admins report a zone's progress; nobody else", () => {
    expect(canReportProgress(actor({ agencyId: "so-cong-thuong", registryKinds: ["CCN"] }), hoaSon1)).toBe(true);
    expect(canReportProgress(actor({ agencyId: "so-cong-thuong", registryKinds: ["CCN"] }), vsip)).toBe(false);
    expect(canReportProgress(actor({ role: "investor", agencyId: "ld-tan-dai-nam" }), hoaSon1)).toBe(true);
    expect(canReportProgress(actor({ role: "investor", agencyId: "ld-tan-dai-nam" }), vsip)).toBe(false);
    expect(canReportProgress(actor({ role: "investor", agencyId: null }), { kind: "CCN", investorId: null })).toBe(false);
    expect(canReportProgress(actor({ role: "admin" }), vsip)).toBe(true);
    expect(canReportProgress(actor({ agencyId: "so-xay-dung" }), hoaSon1)).toBe(false);
    expect(canReportProgress(actor({ role: "leader" }), hoaSon1)).toBe(false);
  });
  it("an investor also reports its zone's wastewater plant and fire safety", () => {
    const investor = actor({ role: "investor", agencyId: "ld-tan-dai-nam" });
    expect(canEditZone(investor, hoaSon1, ["wastewaterStatus", "wastewaterCapacityM3", "wastewaterMonitoring", "fireSafetyStatus"])).toBe(
      true,
    );
  });
});
