import type { ZoneSummary } from "./zone-view";

/** A zone for tests: an operating CCN of 10 ha named by its id, with nothing else known; `over` sets the rest. */
export const testZone = (id: string, over: Partial<ZoneSummary> = {}): ZoneSummary => ({
  id,
  kind: "CCN",
  name: id,
  stage: "operating",
  phase: null,
  fundingSource: null,
  formerDistrict: null,
  communes: [],
  areaHa: 10,
  industrialLandHa: null,
  leasedLandHa: null,
  occupancy: null,
  totalInvestmentMillionVnd: null,
  investor: null,
  establishmentDecision: null,
  location: null,
  ...over,
});
