import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date-schema";
import { normVi } from "../shared/vi-text";
import { isInLangSon, type LatLon, vn2000ToWgs84 } from "./coordinates";
import { fireSafetyStatuses, fundingSources, wastewaterStatuses, zoneKinds, zonePhases, zoneStages } from "./zone-vocabulary";

/** Vietnamese text, stored NFC with one tone placement. */
export const viText = (max: number, label: string) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự.` })
    .transform(normVi)
    .pipe(z.string().min(1, `${label} không được để trống.`).max(max, `${label} dài quá ${max} ký tự.`));

const hectares = (label: string) =>
  z
    .number({ error: `${label} phải là một số.` })
    .finite(`${label} phải là một số.`)
    .min(0, `${label} không được âm.`)
    .max(100_000, `${label} quá lớn (tối đa 100.000 ha).`);

/** A point typed in WGS84 (lat/lon) or in VN-2000 (x northing, y easting, metres). */
export const locationInput = z
  .discriminatedUnion("system", [
    z.object({
      system: z.literal("wgs84"),
      lat: z.number({ error: "Vĩ độ phải là một số." }).min(-90).max(90),
      lon: z.number({ error: "Kinh độ phải là một số." }).min(-180).max(180),
    }),
    z.object({
      system: z.literal("vn2000"),
      x: z.number({ error: "Tọa độ X phải là một số." }),
      y: z.number({ error: "Tọa độ Y phải là một số." }),
      centralMeridian: z.number().min(102).max(110).optional(),
    }),
  ])
  .transform((p): LatLon => (p.system === "wgs84" ? { lat: p.lat, lon: p.lon } : vn2000ToWgs84(p.x, p.y, p.centralMeridian)))
  .refine(isInLangSon, "Tọa độ nằm ngoài tỉnh Lạng Sơn; kiểm tra lại hệ tọa độ và thứ tự X/Y.");

/** Each field once, without defaults: creation adds the defaults, an update takes only what is sent. */
const zoneFields = {
  kind: z.enum(zoneKinds, { error: "Loại khu phải là CCN, KCN hoặc KKT." }),
  name: viText(200, "Tên"),
  aliases: z.array(viText(200, "Tên khác")).max(20),
  stage: z.enum(zoneStages, { error: "Giai đoạn không hợp lệ." }),
  phase: z.enum(zonePhases, { error: "Giai đoạn đầu tư không hợp lệ." }).nullable(),
  fundingSource: z.enum(fundingSources, { error: "Nguồn vốn không hợp lệ." }).nullable(),
  formerDistrictId: z.string().max(80).nullable(),
  communeIds: z.array(z.string().max(80)).max(20),
  areaHa: hectares("Diện tích")
    .refine((v) => v > 0, "Diện tích phải lớn hơn 0.")
    .nullable(),
  industrialLandHa: hectares("Diện tích đất công nghiệp").nullable(),
  leasedLandHa: hectares("Diện tích đất đã cho thuê").nullable(),
  totalInvestmentMillionVnd: z
    .number({ error: "Tổng mức đầu tư phải là một số." })
    .min(0, "Tổng mức đầu tư không được âm.")
    .max(1e9, "Tổng mức đầu tư quá lớn.")
    .nullable(),
  investorId: z.string().max(80).nullable(),
  establishmentDecisionNumber: z.string().transform(normVi).pipe(z.string().max(40, "Số quyết định quá dài.")).nullable(),
  establishmentDecisionDate: isoDateSchema.nullable(),
  location: locationInput.nullable(),
  note: z.string().transform(normVi).pipe(z.string().max(2000)).nullable(),
  industries: z.array(viText(200, "Ngành nghề")).max(40),
  rentalPrice: z.string().transform(normVi).pipe(z.string().max(500, "Giá thuê dài quá 500 ký tự.")).nullable(),
  contact: z.string().transform(normVi).pipe(z.string().max(500, "Liên hệ dài quá 500 ký tự.")).nullable(),
  wastewaterStatus: z.enum(wastewaterStatuses, { error: "Tình trạng nhà máy xử lý nước thải không hợp lệ." }).nullable(),
  wastewaterCapacityM3: z
    .number({ error: "Công suất xử lý nước thải phải là một số." })
    .finite("Công suất xử lý nước thải phải là một số.")
    .min(0, "Công suất xử lý nước thải không được âm.")
    .max(10_000_000, "Công suất xử lý nước thải quá lớn.")
    .nullable(),
  wastewaterMonitoring: z.boolean({ error: "Quan trắc tự động phải là có hoặc không." }).nullable(),
  fireSafetyStatus: z.enum(fireSafetyStatuses, { error: "Tình trạng hệ thống phòng cháy, chữa cháy không hợp lệ." }).nullable(),
};

const required = new Set(["kind", "name", "stage"]);
const createFields = Object.fromEntries(
  Object.entries(zoneFields).map(([k, schema]) => [
    k,
    required.has(k)
      ? schema
      : (schema as z.ZodType).default((k === "aliases" || k === "communeIds" || k === "industries" ? [] : null) as never),
  ]),
) as {
  [K in keyof typeof zoneFields]: K extends "kind" | "name" | "stage" ? (typeof zoneFields)[K] : z.ZodDefault<(typeof zoneFields)[K]>;
};

function checkLand(v: { industrialLandHa?: number | null; leasedLandHa?: number | null; areaHa?: number | null }, ctx: z.RefinementCtx) {
  if (v.leasedLandHa != null && v.industrialLandHa != null && v.leasedLandHa > v.industrialLandHa) {
    ctx.addIssue({ code: "custom", path: ["leasedLandHa"], message: "Đất đã cho thuê không thể lớn hơn đất công nghiệp cho thuê." });
  }
  if (v.industrialLandHa != null && v.areaHa != null && v.industrialLandHa > v.areaHa) {
    ctx.addIssue({ code: "custom", path: ["industrialLandHa"], message: "Đất công nghiệp không thể lớn hơn diện tích khu." });
  }
}

/**
 * A source document not yet in the registry, entered with the figures it is the source of (number,
 * date, issuer; the kind and the summary when known). It is recorded in the same transaction as
 * the figures; a document with the same number, issuer and date is the same document.
 */
export const newSourceDocumentInput = z
  .object({
    type: viText(60, "Loại văn bản").default("Văn bản"),
    number: viText(60, "Số, ký hiệu văn bản"),
    issuedOn: isoDateSchema.pipe(z.string().refine((d) => d >= "1945-09-02", "Ngày ban hành không hợp lệ.")),
    issuer: viText(200, "Cơ quan ban hành"),
    title: z.string().transform(normVi).pipe(z.string().max(500, "Trích yếu dài quá 500 ký tự.")).nullable().default(null),
  })
  .strict();
export type NewSourceDocumentInput = z.infer<typeof newSourceDocumentInput>;

/** Either a document of the registry or a new one, never both. */
export function oneSourceDocument(v: { documentId: string | null; newDocument: unknown }, ctx: z.RefinementCtx) {
  if (v.documentId !== null && v.newDocument !== null)
    ctx.addIssue({ code: "custom", path: ["newDocument"], message: "Chọn một văn bản có sẵn hoặc nhập văn bản mới, không cả hai." });
}

/** Where an edit's figures come from: a document (of the registry or new) and passage, or the person's own knowledge. */
export const provenanceInput = z
  .object({
    documentId: z.string().max(80).nullable().default(null),
    newDocument: newSourceDocumentInput.nullable().default(null),
    passage: z.string().transform(normVi).pipe(z.string().max(500)).nullable().default(null),
    asOf: isoDateSchema.nullable().default(null),
  })
  .superRefine(oneSourceDocument);

export const createZoneInput = z
  .object({ ...createFields, source: provenanceInput.optional() })
  .strict()
  .superRefine(checkLand);
export type CreateZoneInput = z.infer<typeof createZoneInput>;

const partialFields = Object.fromEntries(Object.entries(zoneFields).map(([k, schema]) => [k, (schema as z.ZodType).optional()])) as {
  [K in keyof typeof zoneFields]: z.ZodOptional<(typeof zoneFields)[K]>;
};

export const updateZoneInput = z
  .object({ ...partialFields, source: provenanceInput.optional() })
  .strict()
  .superRefine(checkLand)
  .refine((v) => Object.keys(v).some((k) => k !== "source"), "Không có thay đổi nào để lưu.");
export type UpdateZoneInput = z.infer<typeof updateZoneInput>;

/** The fields of a zone whose history is kept, each change as a dated fact with its provenance. */
export const trackedZoneFields = [
  "kind",
  "name",
  "aliases",
  "stage",
  "phase",
  "fundingSource",
  "formerDistrictId",
  "communeIds",
  "areaHa",
  "industrialLandHa",
  "leasedLandHa",
  "totalInvestmentMillionVnd",
  "investorId",
  "establishmentDecisionNumber",
  "establishmentDecisionDate",
  "location",
  "note",
  "industries",
  "rentalPrice",
  "contact",
  "wastewaterStatus",
  "wastewaterCapacityM3",
  "wastewaterMonitoring",
  "fireSafetyStatus",
] as const;
export type TrackedZoneField = (typeof trackedZoneFields)[number];

export const zoneFieldLabels: Record<TrackedZoneField, { vi: string; en: string }> = {
  kind: { vi: "Loại", en: "Kind" },
  name: { vi: "Tên", en: "Name" },
  aliases: { vi: "Tên khác", en: "Aliases" },
  stage: { vi: "Giai đoạn", en: "Stage" },
  phase: { vi: "Giai đoạn đầu tư", en: "Phase" },
  fundingSource: { vi: "Nguồn vốn", en: "Funding" },
  formerDistrictId: { vi: "Huyện cũ", en: "Former district" },
  communeIds: { vi: "Xã, phường", en: "Communes" },
  areaHa: { vi: "Diện tích (ha)", en: "Area (ha)" },
  industrialLandHa: { vi: "Đất công nghiệp (ha)", en: "Industrial land (ha)" },
  leasedLandHa: { vi: "Đất đã cho thuê (ha)", en: "Leased land (ha)" },
  totalInvestmentMillionVnd: { vi: "Tổng mức đầu tư (triệu đồng)", en: "Total investment (million VND)" },
  investorId: { vi: "Chủ đầu tư hạ tầng", en: "Infrastructure investor" },
  establishmentDecisionNumber: { vi: "Quyết định thành lập", en: "Establishment decision" },
  establishmentDecisionDate: { vi: "Ngày quyết định thành lập", en: "Decision date" },
  location: { vi: "Tọa độ", en: "Location" },
  note: { vi: "Ghi chú", en: "Note" },
  industries: { vi: "Ngành nghề thu hút", en: "Industries" },
  rentalPrice: { vi: "Giá thuê đất, phí dịch vụ", en: "Rent and fees" },
  contact: { vi: "Liên hệ", en: "Contact" },
  wastewaterStatus: { vi: "Nhà máy xử lý nước thải tập trung", en: "Central wastewater plant" },
  wastewaterCapacityM3: { vi: "Công suất xử lý nước thải (m³/ngày đêm)", en: "Wastewater capacity (m³/day)" },
  wastewaterMonitoring: { vi: "Quan trắc nước thải tự động", en: "Automatic wastewater monitoring" },
  fireSafetyStatus: { vi: "Hệ thống phòng cháy, chữa cháy", en: "Fire safety system" },
};
