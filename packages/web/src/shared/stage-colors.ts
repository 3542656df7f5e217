import type { ZoneStage } from "@dondoc/domain";

/** One colour per lifecycle stage, the same on the list's tags and on the map's points; each dark enough for white text (WCAG AA, 4.5:1). */
export const stageColors: Record<ZoneStage, string> = {
  planned: "#595959",
  "inviting-investors": "#874d00",
  established: "#0958d9",
  "detailed-plan-approved": "#1d39c4",
  "construction-started": "#722ed1",
  "wastewater-done": "#006d75",
  operating: "#237804",
  expanded: "#135200",
  removed: "#a8071a",
};
