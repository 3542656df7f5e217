/**
 * The words of the registry: kinds, lifecycle stages, phases and funding sources, with their
 * Vietnamese and English labels. Stages follow LEGAL-NOTES §1.3 and SPEC §2.
 */

export const zoneKinds = ["CCN", "KCN", "KKT"] as const;
export type ZoneKind = (typeof zoneKinds)[number];

export const zoneStages = [
  "planned",
  "inviting-investors",
  "established",
  "detailed-plan-approved",
  "construction-started",
  "wastewater-done",
  "operating",
  "expanded",
  "removed",
] as const;
export type ZoneStage = (typeof zoneStages)[number];

export const zonePhases = ["2021-2025", "2026-2030", "after-2030"] as const;
export type ZonePhase = (typeof zonePhases)[number];

export const fundingSources = ["state-budget", "non-budget", "ppp-bt"] as const;
export type FundingSource = (typeof fundingSources)[number];

/** The zone's central wastewater plant (LEGAL-NOTES §1.6: a cluster must have one before it operates). */
export const wastewaterStatuses = ["none", "building", "operating"] as const;
export type WastewaterStatus = (typeof wastewaterStatuses)[number];

/** The zone's fire safety system. */
export const fireSafetyStatuses = ["none", "building", "accepted"] as const;
export type FireSafetyStatus = (typeof fireSafetyStatuses)[number];

type Labels<K extends string> = Record<K, { vi: string; en: string }>;

export const zoneKindLabels: Labels<ZoneKind> = {
  CCN: { vi: "Cụm công nghiệp", en: "Industrial cluster" },
  KCN: { vi: "Khu công nghiệp", en: "Industrial zone" },
  KKT: { vi: "Khu kinh tế cửa khẩu", en: "Border economic zone" },
};

export const zoneStageLabels: Labels<ZoneStage> = {
  planned: { vi: "Trong quy hoạch", en: "In plan" },
  "inviting-investors": { vi: "Đang mời gọi nhà đầu tư", en: "Inviting investors" },
  established: { vi: "Đã thành lập", en: "Established" },
  "detailed-plan-approved": { vi: "Đã duyệt quy hoạch chi tiết 1/500", en: "Detailed 1/500 plan approved" },
  "construction-started": { vi: "Đã khởi công", en: "Construction started" },
  "wastewater-done": { vi: "Đã có nhà máy xử lý nước thải", en: "Wastewater plant done" },
  operating: { vi: "Đang hoạt động", en: "Operating" },
  expanded: { vi: "Đã mở rộng", en: "Expanded" },
  removed: { vi: "Đưa ra khỏi quy hoạch", en: "Removed from plan" },
};

export const zonePhaseLabels: Labels<ZonePhase> = {
  "2021-2025": { vi: "Giai đoạn 2021–2025", en: "2021–2025" },
  "2026-2030": { vi: "Giai đoạn 2026–2030", en: "2026–2030" },
  "after-2030": { vi: "Sau năm 2030", en: "After 2030" },
};

export const fundingSourceLabels: Labels<FundingSource> = {
  "state-budget": { vi: "Ngân sách nhà nước", en: "State budget" },
  "non-budget": { vi: "Ngoài ngân sách nhà nước", en: "Non-budget" },
  "ppp-bt": { vi: "Đối tác công tư (PPP), hợp đồng BT", en: "PPP (BT contract)" },
};

export const wastewaterStatusLabels: Labels<WastewaterStatus> = {
  none: { vi: "Chưa có", en: "None" },
  building: { vi: "Đang xây dựng", en: "Under construction" },
  operating: { vi: "Đang vận hành", en: "Operating" },
};

export const fireSafetyStatusLabels: Labels<FireSafetyStatus> = {
  none: { vi: "Chưa có", en: "None" },
  building: { vi: "Đang xây dựng", en: "Under construction" },
  accepted: { vi: "Đã nghiệm thu", en: "Accepted" },
};

/** Stages from which a zone counts as established (has an establishment decision). */
export function isEstablished(stage: ZoneStage): boolean {
  return zoneStages.indexOf(stage) >= zoneStages.indexOf("established") && stage !== "removed";
}
