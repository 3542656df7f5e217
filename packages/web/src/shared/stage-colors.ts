import type { ZoneStage } from "@dondoc/domain";

/** One colour per lifecycle stage, the same on the list's tags and on the map's points. */
export const stageColors: Record<ZoneStage, string> = {
  planned: "#8c8c8c",
  "inviting-investors": "#d48806",
  established: "#1677ff",
  "detailed-plan-approved": "#2f54eb",
  "construction-started": "#722ed1",
  "wastewater-done": "#08979c",
  operating: "#389e0d",
  expanded: "#237804",
  removed: "#cf1322",
};
