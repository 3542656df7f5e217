import { describe, expect, it } from "vitest";
import { type Obligation, obligationSchema } from "./obligation";
import { obligationDeadlineText, obligationPeriod } from "./periods";
import { type OpenZoneTask, type ReporterRegistry, reasonText, resolveReporters } from "./reporters";

const agency = (id: string, kind: string, more: Partial<ReporterRegistry["agencies"][number]> = {}) => ({
  id,
  name: id,
  shortName: null,
  kind,
  unitId: null,
  parentId: null,
  validFrom: null,
  validTo: null,
  ...more,
});

const registry: ReporterRegistry = {
  agencies: [
    agency("ubnd-tinh", "people-committee"),
    agency("so-cong-thuong", "department"),
    agency("so-xay-dung", "department"),
    agency("so-tu-phap", "department"),
    agency("so-giao-duc", "department"),
    agency("so-ke-hoach", "department"),
    agency("so-cu", "department", { validTo: "2025-02-28" }),
    agency("cong-an-tinh", "police"),
    agency("pho-chu-tich", "person", { parentId: "ubnd-tinh" }),
    agency("giam-doc-so-ke-hoach", "person", { parentId: "so-ke-hoach" }),
    agency("ubnd-xa-a", "commune-committee", { unitId: "xa-a", validFrom: "2025-07-01" }),
    agency("ubnd-xa-b", "commune-committee", { unitId: "xa-b", validFrom: "2025-07-01" }),
    agency("ubnd-xa-kkt", "commune-committee", { unitId: "xa-kkt", validFrom: "2025-07-01" }),
    agency("ubnd-xa-bo", "commune-committee", { unitId: "xa-bo", validFrom: "2025-07-01" }),
    agency("cty-x", "company"),
    agency("cty-y", "company"),
  ],
  zones: [
    { id: "ccn-1", name: "CCN Một", kind: "CCN", stage: "construction-started", investorId: "cty-x" },
    { id: "kcn-1", name: "KCN Một", kind: "KCN", stage: "construction-started", investorId: "cty-y" },
    { id: "kkt", name: "Khu kinh tế cửa khẩu", kind: "KKT", stage: "operating", investorId: null },
    { id: "ccn-bo", name: "CCN Bỏ", kind: "CCN", stage: "removed", investorId: null },
  ],
  zoneUnits: [
    { zoneId: "ccn-1", unitId: "xa-a" },
    { zoneId: "kcn-1", unitId: "xa-b" },
    { zoneId: "kkt", unitId: "xa-kkt" },
    { zoneId: "kkt", unitId: "xa-a" },
    { zoneId: "ccn-bo", unitId: "xa-bo" },
  ],
};

const openTasks: OpenZoneTask[] = [
  { zoneIds: ["ccn-1"], leads: ["so-xay-dung"], coordinators: ["cong-an-tinh", "so-xay-dung"], tasks: 1 },
  { zoneIds: ["kcn-1"], leads: ["so-xay-dung"], coordinators: [], tasks: 1 },
  // the border economic zone's internal task: not about an industrial zone or cluster
  { zoneIds: ["kkt"], leads: ["so-giao-duc"], coordinators: [], tasks: 1 },
  // given by name to a Vice-Chairman: counts under the provincial committee, which is not asked
  { zoneIds: ["ccn-1"], leads: ["pho-chu-tich"], coordinators: ["giam-doc-so-ke-hoach"], tasks: 1 },
];

const asWorded = { kind: "groups" as const, groups: ["zone-task-bodies", "communes-with-project", "infrastructure-investors"] as const };
const reporter = { ...asWorded, groups: [...asWorded.groups], agencyIds: [] };

describe("who was asked (000 §5: các sở, ban, ngành, UBND các xã, phường và các đơn vị liên quan)", () => {
  const asked = resolveReporters(reporter, registry, openTasks, "2026-11-17", "so-cong-thuong");
  const byId = new Map(asked.map((r) => [r.agencyId, reasonText(r)]));

  it("asks the bodies with an open task on a zone, the communes where a zone lies and the investors, each with why", () => {
    expect(asked.map((r) => r.agencyId)).toEqual([
      "cong-an-tinh",
      "cty-x",
      "cty-y",
      "so-ke-hoach",
      "so-xay-dung",
      "ubnd-xa-a",
      "ubnd-xa-b",
    ]);
    expect(byId.get("so-xay-dung")).toBe("chủ trì 2 nhiệm vụ còn mở về CCN Một, KCN Một");
    expect(byId.get("cong-an-tinh")).toBe("phối hợp 1 nhiệm vụ còn mở về CCN Một");
    expect(byId.get("so-ke-hoach")).toBe("phối hợp 1 nhiệm vụ còn mở về CCN Một"); // its director was named
    expect(byId.get("ubnd-xa-a")).toBe("có CCN Một trên địa bàn");
    expect(byId.get("cty-y")).toBe("chủ đầu tư hạ tầng KCN Một");
    for (const r of asked) expect(r.reasons.length).toBeGreaterThan(0);
  });

  it("does not ask a department without a task on a zone, nor the communes of the border economic zone", () => {
    expect(byId.has("so-tu-phap")).toBe(false);
    expect(byId.has("so-giao-duc")).toBe(false); // its only task is on the border economic zone
    expect(byId.has("ubnd-xa-kkt")).toBe(false);
    expect(byId.has("ubnd-xa-bo")).toBe(false); // the cluster was removed from the plan
    expect(byId.has("ubnd-tinh")).toBe(false);
    expect(byId.has("pho-chu-tich")).toBe(false);
    expect(byId.has("so-cong-thuong")).toBe(false); // the recipient
  });

  it("names a body's first three zones in Vietnamese order (numbers as numbers) and counts the rest", () => {
    const names = ["CCN Na Dương 10", "CCN Ải Chi", "CCN Na Dương 2", "CCN Bình Gia", "CCN Na Dương 2", "CCN Đồng Bành"];
    const many: ReporterRegistry = {
      ...registry,
      zones: names.map((name, i) => ({ id: `z${i}`, name, kind: "CCN", stage: "operating", investorId: "cty-x" })),
      zoneUnits: [],
    };
    const tasks: OpenZoneTask[] = names.map((_, i) => ({ zoneIds: [`z${i}`], leads: ["so-xay-dung"], coordinators: [], tasks: 1 }));
    const text = (id: string) =>
      reasonText(resolveReporters(reporter, many, tasks, "2026-11-17", "ubnd-tinh").find((r) => r.agencyId === id) ?? { reasons: [] });
    expect(text("so-xay-dung")).toBe("chủ trì 6 nhiệm vụ còn mở về CCN Ải Chi, CCN Bình Gia, CCN Đồng Bành và 2 khu, cụm khác");
    expect(text("cty-x")).toBe("chủ đầu tư hạ tầng CCN Ải Chi, CCN Bình Gia, CCN Đồng Bành và 2 khu, cụm khác");
    const dương = names.filter((n) => n.includes("Dương"));
    const onlyDương: OpenZoneTask[] = dương.map((n) => ({
      zoneIds: [`z${names.indexOf(n)}`],
      leads: ["so-xay-dung"],
      coordinators: [],
      tasks: 1,
    }));
    expect(
      reasonText(
        resolveReporters(reporter, many, onlyDương, "2026-11-17", "ubnd-tinh").find((r) => r.agencyId === "so-xay-dung") ?? { reasons: [] },
      ),
    ).toBe("chủ trì 3 nhiệm vụ còn mở về CCN Na Dương 2, CCN Na Dương 10");
  });

  it("a department stops being asked once its task on a zone is closed", () => {
    const later = resolveReporters(reporter, registry, openTasks.slice(1), "2026-12-17", "so-cong-thuong");
    expect(later.find((r) => r.agencyId === "cong-an-tinh")).toBeUndefined();
    expect(reasonText(later.find((r) => r.agencyId === "so-xay-dung") ?? { reasons: [] })).toBe("chủ trì 1 nhiệm vụ còn mở về KCN Một");
  });

  it("the cluster groups keep to clusters; 'departments' still asks every valid department when a text asks all", () => {
    const clusters = resolveReporters(
      { kind: "groups", groups: ["cluster-task-bodies", "communes-with-cluster"], agencyIds: ["so-tu-phap"] },
      registry,
      openTasks,
      "2026-11-17",
      "so-cong-thuong",
    );
    expect(clusters.map((r) => [r.agencyId, reasonText(r)])).toEqual([
      ["cong-an-tinh", "phối hợp 1 nhiệm vụ còn mở về CCN Một"],
      ["so-ke-hoach", "phối hợp 1 nhiệm vụ còn mở về CCN Một"],
      ["so-tu-phap", "được nêu tên trong chế độ báo cáo"],
      ["so-xay-dung", "chủ trì 1 nhiệm vụ còn mở về CCN Một"],
      ["ubnd-xa-a", "có CCN Một trên địa bàn"],
    ]);
    const all = resolveReporters({ kind: "group", group: "departments" }, registry, [], "2026-11-17", "so-cong-thuong");
    expect(all.map((r) => r.agencyId)).toEqual(["so-giao-duc", "so-ke-hoach", "so-tu-phap", "so-xay-dung"]);
    expect(resolveReporters({ kind: "group", group: "departments" }, registry, [], "2025-01-01", "x").map((r) => r.agencyId)).toContain(
      "so-cu",
    );
    expect(resolveReporters({ kind: "group", group: "communes-with-project" }, registry, [], "2025-01-01", "x")).toEqual([]);
  });
});

const tt14 = (deadline: Record<string, unknown>, frequency = "half-year"): Obligation =>
  obligationSchema.parse({
    id: "bc-thu",
    title: "Báo cáo thử",
    reporter: { kind: "group", group: "cluster-investors" },
    recipientAgencyId: "so-cong-thuong",
    frequency,
    cutoff: { kind: "decree-09-2019", monthsEarlier: 0 },
    deadline,
    legalBasis: "Thông tư 14/2024/TT-BCT",
    startsOn: "2025-07-01",
  });

describe("deadlines as the source states them", () => {
  it("Circular 14/2024's half-yearly duty is due before 20/6 and 20/12, not 'hằng tháng'", () => {
    const o = tt14({ kind: "recurring-monthly", value: "20", before: true });
    expect(obligationDeadlineText(o)).toBe("Trước ngày 20/6 và 20/12 hằng năm");
    expect(obligationPeriod(o, "2026-H1")?.dueDate).toBe("2026-06-19");
    // before 20/12/2026 is Saturday 19/12: the next working day
    expect(obligationPeriod(o, "2026-H2")).toMatchObject({ dueDate: "2026-12-21", dueDateMovedFrom: "2026-12-19" });
    expect(obligationDeadlineText(tt14({ kind: "recurring-monthly", value: "25", before: true }))).toBe(
      "Trước ngày 25/6 và 25/12 hằng năm",
    );
    expect(obligationDeadlineText(tt14({ kind: "recurring-monthly", value: "20", before: true }, "month"))).toBe(
      "Hằng tháng, trước ngày 20",
    );
  });

  it("an annual submission due Sunday 29/11/2026 moves to Monday 30/11 and says so", () => {
    const o = {
      ...tt14({ kind: "recurring-yearly", value: "11-30", before: true }, "year"),
      cutoff: { kind: "decree-09-2019" as const, monthsEarlier: 1 },
    };
    expect(obligationDeadlineText(o)).toBe("Hằng năm, trước ngày 30/11");
    expect(obligationPeriod(o, "2026")).toMatchObject({ dueDate: "2026-11-30", dueDateMovedFrom: "2026-11-29" });
  });
});
