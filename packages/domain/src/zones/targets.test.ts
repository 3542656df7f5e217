import { describe, expect, it } from "vitest";
import { evaluateTarget } from "./targets";
import { testZone } from "./test-zone";

const zone = testZone;

describe("clusters with a central wastewater plant", () => {
  it("counts those whose plant operates, and says how many are unknown", () => {
    const zones = [
      zone("dia-phuong-2", { wastewaterStatus: "none" }),
      zone("a", { wastewaterStatus: "operating" }),
      zone("b", { stage: "construction-started", wastewaterStatus: "building" }),
      zone("c", { stage: "wastewater-done" }),
      zone("d", { stage: "operating" }),
      zone("e", { stage: "planned" }),
      zone("kcn", { kind: "KCN", wastewaterStatus: "operating" }),
    ];
    const r = evaluateTarget("clustersWithWastewaterPlant", 1, zones);
    expect(r.zoneIds).toEqual(["a", "c"]);
    expect(r.actual).toBeCloseTo(2 / 6);
    expect(r.met).toBe(false);
    expect(r.explanation).toBe(
      "2/6 CCN có nhà máy xử lý nước thải tập trung đang vận hành; 1 CCN đang xây dựng nhà máy; 1 CCN ghi nhận chưa có nhà máy; 1 CCN đã khởi công hoặc đang hoạt động chưa có số liệu về nhà máy.",
    );
  });
});
