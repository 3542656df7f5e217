import {
  fireSafetyStatusLabels,
  fundingSourceLabels,
  wastewaterStatusLabels,
  zoneKindLabels,
  zonePhaseLabels,
  zoneStageLabels,
} from "@dondoc/domain";
import type { I18n } from "../../i18n/i18n-context";

type Fmt = Pick<I18n, "num" | "date" | "label">;
const vocab: Record<string, Record<string, { vi: string; en: string }>> = {
  kind: zoneKindLabels,
  stage: zoneStageLabels,
  phase: zonePhaseLabels,
  fundingSource: fundingSourceLabels,
  wastewaterStatus: wastewaterStatusLabels,
  fireSafetyStatus: fireSafetyStatusLabels,
};

/** A stored value of a zone field as a person reads it: labels for codes, names for ids, formatted numbers and dates. */
export function formatFieldValue(field: string, value: unknown, fmt: Fmt, names: Map<string, string>): string {
  if (value === null || value === undefined || value === "") return "—";
  const labels = vocab[field];
  if (labels) return typeof value === "string" && labels[value] ? fmt.label(labels[value]) : String(value);
  switch (field) {
    case "formerDistrictId":
    case "investorId":
      return names.get(String(value)) ?? String(value);
    case "communeIds":
      return Array.isArray(value) && value.length > 0 ? value.map((id) => names.get(String(id)) ?? String(id)).join(", ") : "—";
    case "aliases":
      return Array.isArray(value) && value.length > 0 ? value.join("; ") : "—";
    case "totalInvestmentMillionVnd":
      return typeof value === "number" ? fmt.num(value, 0) : String(value);
    case "wastewaterMonitoring":
      return typeof value === "boolean" ? fmt.label(value ? { vi: "Có", en: "Yes" } : { vi: "Không", en: "No" }) : String(value);
    case "establishmentDecisionDate":
      return typeof value === "string" ? fmt.date(value) : String(value);
    case "location": {
      const p = value as { lat?: unknown; lon?: unknown };
      return typeof p.lat === "number" && typeof p.lon === "number" ? `${fmt.num(p.lat, 5)}; ${fmt.num(p.lon, 5)}` : JSON.stringify(value);
    }
    default:
      return typeof value === "number" ? fmt.num(value) : typeof value === "string" ? value : JSON.stringify(value);
  }
}
