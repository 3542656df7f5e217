import type { ZoneSummary } from "./zone-view";
import { zoneStages } from "./zone-vocabulary";

/**
 * The actual value of a plan target (003 §III.2), computed from the registry as it stands.
 * Targets that need statistics the registry does not hold return `computable: false`.
 */
export interface TargetActual {
  computable: boolean;
  /** the number that is compared with the goal */
  actual: number | null;
  goal: number | null;
  met: boolean | null;
  /** the zones that count towards it, for the reader to check */
  zoneIds: string[];
  explanation: string;
}

const builtStage = zoneStages.indexOf("construction-started");

export function evaluateTarget(metric: string, threshold: number | null, zones: ZoneSummary[]): TargetActual {
  const clusters = zones.filter((z) => z.kind === "CCN" && z.stage !== "removed");
  const operating = clusters.filter((z) => z.stage === "operating");
  switch (metric) {
    case "operatingClustersAboveOccupancy": {
      const t = threshold ?? 0.3;
      const hits = operating.filter((z) => z.occupancy !== null && z.occupancy > t);
      return {
        computable: true,
        actual: hits.length,
        goal: 3,
        met: hits.length >= 3,
        zoneIds: hits.map((z) => z.id),
        explanation: `${hits.length} CCN đang hoạt động có tỷ lệ lấp đầy trên ${Math.round(t * 100)}% (cần ít nhất 3); ${operating.length} CCN đang hoạt động.`,
      };
    }
    case "formerDistrictsWithOperatingCluster": {
      const t = threshold ?? 0.5;
      const districts = [...new Set(clusters.map((z) => z.formerDistrict?.id).filter((d): d is string => !!d))];
      const hits = operating.filter((z) => z.occupancy !== null && z.occupancy > t);
      const covered = districts.filter((d) => hits.some((z) => z.formerDistrict?.id === d));
      return {
        computable: true,
        actual: covered.length,
        goal: districts.length,
        met: covered.length === districts.length,
        zoneIds: hits.map((z) => z.id),
        explanation: `${covered.length}/${districts.length} huyện cũ có CCN đang hoạt động với tỷ lệ lấp đầy trên ${Math.round(t * 100)}%.`,
      };
    }
    case "clustersWithWastewaterPlant": {
      // A plant counts when the zone's wastewater status is "operating" in the data given (or, with no
      // status recorded, when its stage is "wastewater-done"). CCN Địa phương số 2 operates without one
      // (003 footnote 3): recorded "none". Clusters past construction with no status are unknown.
      const status = (z: ZoneSummary) => z.wastewaterStatus ?? null;
      const done = clusters.filter((z) => status(z) === "operating" || (status(z) === null && z.stage === "wastewater-done"));
      const building = clusters.filter((z) => status(z) === "building");
      const none = clusters.filter((z) => status(z) === "none");
      const unknown = clusters.filter(
        (z) => status(z) === null && z.stage !== "wastewater-done" && zoneStages.indexOf(z.stage) >= builtStage,
      );
      const ratio = clusters.length === 0 ? null : done.length / clusters.length;
      return {
        computable: true,
        actual: ratio,
        goal: threshold ?? 1,
        met: ratio === null ? null : ratio >= (threshold ?? 1),
        zoneIds: done.map((z) => z.id),
        explanation:
          `${done.length}/${clusters.length} CCN có nhà máy xử lý nước thải tập trung đang vận hành; ` +
          `${building.length} CCN đang xây dựng nhà máy; ${none.length} CCN ghi nhận chưa có nhà máy; ` +
          `${unknown.length} CCN đã khởi công hoặc đang hoạt động chưa có số liệu về nhà máy.`,
      };
    }
    default:
      return {
        computable: false,
        actual: null,
        goal: threshold,
        met: null,
        zoneIds: [],
        explanation: "Cần số liệu thống kê ngoài sổ đăng ký.",
      };
  }
}

export type TargetVerdict = "met" | "not-met" | "not-due" | "no-data" | "not-computable";
export const targetVerdictLabels: Record<TargetVerdict, string> = {
  met: "Đạt",
  "not-met": "Chưa đạt",
  "not-due": "Chưa đến hạn",
  "no-data": "Chưa đủ số liệu",
  "not-computable": "Chưa tính được từ sổ đăng ký",
};

/**
 * How a target stands on `asOf`: a target "by 2030" is due at the end of 2030, so before then an
 * unmet target is "chưa đến hạn" (its progress is the actual value), not "chưa đạt".
 */
export function targetVerdict(actual: Pick<TargetActual, "computable" | "met">, byYear: number | null, asOf: string): TargetVerdict {
  if (!actual.computable) return "not-computable";
  if (actual.met === true) return "met";
  if (byYear !== null && asOf < `${byYear}-12-31`) return "not-due";
  return actual.met === null ? "no-data" : "not-met";
}
