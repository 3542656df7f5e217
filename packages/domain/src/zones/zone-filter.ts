import { z } from "zod";
import { zoneKinds, zonePhases, zoneStages } from "./zone-vocabulary";

export const zoneSortKeys = ["name", "areaHa", "totalInvestmentMillionVnd", "stage", "occupancy"] as const;

/** Query of the zone list (API, Excel export and web filters share it). */
export const zoneFilter = z.object({
  kind: z.enum(zoneKinds, { error: "Loại khu không hợp lệ." }).optional(),
  stage: z.enum(zoneStages, { error: "Giai đoạn không hợp lệ." }).optional(),
  phase: z.enum(zonePhases, { error: "Giai đoạn đầu tư không hợp lệ." }).optional(),
  formerDistrict: z.string().max(80).optional(),
  commune: z.string().max(80).optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(zoneSortKeys).default("name"),
  order: z.enum(["asc", "desc"]).default("asc"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ZoneFilter = z.infer<typeof zoneFilter>;
