import { createZoneInput, type ZoneDetail } from "@dondoc/domain";

/** What the antd form holds. Dates are ISO strings ("2025-03-10"); empty inputs are null or undefined. */
export interface ZoneFormValues {
  kind?: string;
  name?: string;
  aliases?: string[];
  stage?: string;
  phase?: string | null;
  fundingSource?: string | null;
  formerDistrictId?: string | null;
  communeIds?: string[];
  areaHa?: number | null;
  industrialLandHa?: number | null;
  leasedLandHa?: number | null;
  totalInvestmentMillionVnd?: number | null;
  investorId?: string | null;
  establishmentDecisionNumber?: string | null;
  establishmentDecisionDate?: string | null;
  note?: string | null;
  wastewaterStatus?: string | null;
  wastewaterCapacityM3?: number | null;
  wastewaterMonitoring?: boolean | null;
  fireSafetyStatus?: string | null;
  location?: { system?: "wgs84" | "vn2000"; lat?: number | null; lon?: number | null; x?: number | null; y?: number | null };
  source?: {
    /** "existing": a document of the registry; "new": one entered here (number, date, issuer) */
    kind?: "existing" | "new";
    documentId?: string | null;
    newDocument?: { type?: string | null; number?: string | null; issuedOn?: string | null; issuer?: string | null; title?: string | null };
    passage?: string | null;
    asOf?: string | null;
  };
}

export type ZonePayload = Record<string, unknown>;
export type FieldName = (string | number)[];
export interface FieldErrors {
  fields: { name: FieldName; errors: string[] }[];
  /** messages that belong to no field of the form */
  general: string[];
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const orNull = <T>(v: T | undefined | null): T | null => (blank(v) ? null : (v as T));
const text = (v: string | null | undefined) => (blank(v) ? null : (v as string).trim());

/** The form's starting values for a zone; an approximate location (the commune's centre) is not a typed coordinate. */
export function valuesFromZone(zone: ZoneDetail): ZoneFormValues {
  const exact = zone.location && !zone.location.approximate ? zone.location : null;
  return {
    kind: zone.kind,
    name: zone.name,
    aliases: zone.aliases,
    stage: zone.stage,
    phase: zone.phase,
    fundingSource: zone.fundingSource,
    formerDistrictId: zone.formerDistrict?.id ?? null,
    communeIds: zone.communes.map((c) => c.id),
    areaHa: zone.areaHa,
    industrialLandHa: zone.industrialLandHa,
    leasedLandHa: zone.leasedLandHa,
    totalInvestmentMillionVnd: zone.totalInvestmentMillionVnd,
    investorId: zone.investor?.id ?? null,
    establishmentDecisionNumber: zone.establishmentDecision?.number ?? null,
    establishmentDecisionDate: zone.establishmentDecision?.date ?? null,
    note: zone.note,
    wastewaterStatus: zone.wastewaterStatus ?? null,
    wastewaterCapacityM3: zone.wastewaterCapacityM3 ?? null,
    wastewaterMonitoring: zone.wastewaterMonitoring ?? null,
    fireSafetyStatus: zone.fireSafetyStatus ?? null,
    location: { system: "wgs84", lat: exact?.lat ?? null, lon: exact?.lon ?? null },
    source: { documentId: null, passage: null, asOf: null },
  };
}

export const emptyValues: ZoneFormValues = {
  kind: "CCN",
  aliases: [],
  communeIds: [],
  location: { system: "wgs84" },
  source: {},
};

function locationPayload(location: ZoneFormValues["location"]): ZonePayload | null {
  const system = location?.system ?? "wgs84";
  const [a, b] = system === "wgs84" ? [location?.lat, location?.lon] : [location?.x, location?.y];
  if (blank(a) && blank(b)) return null;
  return system === "wgs84"
    ? { system, lat: orNull(a) ?? undefined, lon: orNull(b) ?? undefined }
    : { system, x: orNull(a) ?? undefined, y: orNull(b) ?? undefined };
}

/** The body of POST /api/zones as typed (before the schema's transforms): what the server parses. */
export function payloadFromValues(values: ZoneFormValues): ZonePayload {
  const payload: ZonePayload = {
    kind: values.kind,
    name: values.name?.trim() ?? "",
    aliases: (values.aliases ?? []).map((a) => a.trim()).filter(Boolean),
    stage: values.stage,
    phase: orNull(values.phase),
    fundingSource: orNull(values.fundingSource),
    formerDistrictId: orNull(values.formerDistrictId),
    communeIds: values.communeIds ?? [],
    areaHa: orNull(values.areaHa),
    industrialLandHa: orNull(values.industrialLandHa),
    leasedLandHa: orNull(values.leasedLandHa),
    totalInvestmentMillionVnd: orNull(values.totalInvestmentMillionVnd),
    investorId: orNull(values.investorId),
    establishmentDecisionNumber: text(values.establishmentDecisionNumber),
    establishmentDecisionDate: orNull(values.establishmentDecisionDate),
    location: locationPayload(values.location),
    note: text(values.note),
    wastewaterStatus: orNull(values.wastewaterStatus),
    wastewaterCapacityM3: orNull(values.wastewaterCapacityM3),
    wastewaterMonitoring: orNull(values.wastewaterMonitoring),
    fireSafetyStatus: orNull(values.fireSafetyStatus),
  };
  const source = values.source ?? {};
  const d = source.kind === "new" ? (source.newDocument ?? {}) : {};
  const newDocument =
    blank(d.number) && blank(d.issuedOn) && blank(d.issuer) && blank(d.title)
      ? null
      : {
          type: text(d.type) ?? "Văn bản",
          number: d.number ?? "",
          issuedOn: d.issuedOn ?? "",
          issuer: d.issuer ?? "",
          title: text(d.title),
        };
  const documentId = source.kind === "new" ? null : orNull(source.documentId);
  if (documentId !== null || newDocument !== null || !blank(source.passage) || !blank(source.asOf)) {
    payload.source = { documentId, newDocument, passage: text(source.passage), asOf: orNull(source.asOf) };
  }
  return payload;
}

/** The fields that differ from the starting payload (the body of PATCH), with the source when one is given. */
export function changedFields(before: ZonePayload, after: ZonePayload): ZonePayload {
  const changes: ZonePayload = {};
  for (const [key, value] of Object.entries(after)) {
    if (key === "source") continue;
    if (JSON.stringify(value) !== JSON.stringify(before[key])) changes[key] = value;
  }
  if (Object.keys(changes).length > 0 && after.source) changes.source = after.source;
  return changes;
}

/** Checks the whole form with the domain's schema (the same one the server uses): its messages, by field. */
export function validateValues(values: ZoneFormValues): FieldErrors {
  const result = createZoneInput.safeParse(payloadFromValues(values));
  if (result.success) return { fields: [], general: [] };
  return detailsToFields(result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
}

const formFields = new Set(Object.keys(createZoneInput.shape));

/** "areaHa", "location.lat", "aliases.0", "source.asOf" (from zod or from a 422) → the form item that shows it. */
export function fieldNameOf(path: string): FieldName | null {
  const parts = path.split(".").filter(Boolean);
  const [root, sub] = parts;
  if (!root || !formFields.has(root)) return null;
  if (root === "location") return ["location", sub === "lat" || sub === "lon" || sub === "x" || sub === "y" ? sub : "system"];
  if (root === "source") {
    if (sub === "newDocument") {
      const field = parts[2];
      return [
        "source",
        "newDocument",
        field === "type" || field === "issuedOn" || field === "issuer" || field === "title" ? field : "number",
      ];
    }
    return sub === "documentId" || sub === "passage" || sub === "asOf" ? ["source", sub] : ["source", "documentId"];
  }
  return [root];
}

/** Groups messages by form field, first message first; what fits no field goes to `general`. */
export function detailsToFields(details: { path: string; message: string }[]): FieldErrors {
  const byField = new Map<string, { name: FieldName; errors: string[] }>();
  const general: string[] = [];
  for (const d of details) {
    const name = fieldNameOf(d.path);
    if (!name) {
      if (!general.includes(d.message)) general.push(d.message);
      continue;
    }
    const key = name.join(".");
    const entry = byField.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(d.message)) entry.errors.push(d.message);
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], general };
}

/** The messages for one field, for a per-field antd rule. */
export function errorsFor(errors: FieldErrors, name: FieldName): string[] {
  const key = name.join(".");
  return errors.fields.find((f) => f.name.join(".") === key)?.errors ?? [];
}
