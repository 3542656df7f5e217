import type { Unit } from "../../api/reference-api";
import type { MessageKey } from "../../i18n/translate";

export const levelKey: Record<Unit["level"], MessageKey> = {
  province: "units.level.province",
  district: "units.level.district",
  city: "units.level.city",
  commune: "units.level.commune",
  ward: "units.level.ward",
  town: "units.level.town",
};

/** A unit abolished on 1/7/2025 (old) or in force (new). */
export const isFormer = (unit: Pick<Unit, "validTo">) => unit.validTo !== null;
