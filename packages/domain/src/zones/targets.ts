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

const wastewaterStage = zoneStages.indexOf("wastewater-done");

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
      // Only the stage "wastewater-done" proves a plant: an operating cluster may have none
      // (CCN Địa phương số 2, 003 footnote 3). Plant status per zone arrives with the progress issue.
      const done = clusters.filter((z) => z.stage === "wastewater-done");
      const unknown = clusters.filter((z) => zoneStages.indexOf(z.stage) > wastewaterStage);
      const ratio = clusters.length === 0 ? null : done.length / clusters.length;
      return {
        computable: true,
        actual: ratio,
        goal: threshold ?? 1,
        met: ratio === null ? null : ratio >= (threshold ?? 1),
        zoneIds: done.map((z) => z.id),
        explanation: `${done.length}/${clusters.length} CCN ghi nhận đã có nhà máy xử lý nước thải tập trung; ${unknown.length} CCN đang hoạt động chưa có số liệu về nhà máy.`,
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
