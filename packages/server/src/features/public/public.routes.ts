import {
  formatDateVi,
  OPEN_DATA_LICENCE,
  type PublicZone,
  publicPlanStanding,
  zoneKinds,
  zonePhases,
  zoneStageLabels,
  zoneStages,
} from "@dondoc/domain";
import { z } from "zod";
import { csvDocument } from "../../files/export-cells";
import { cacheable } from "../../http/cacheable";
import { clientAddress } from "../../http/client-address";
import { defineRoute } from "../../http/route";
import { filterPublicZones, publicZone, publicZones } from "./public-zones";
import { submitEnquiry } from "./submit-enquiry";

const publicFilter = z.object({
  kind: z.enum(zoneKinds).optional(),
  stage: z.enum(zoneStages).optional(),
  phase: z.enum(zonePhases).optional(),
  formerDistrict: z.string().max(80).optional(),
  commune: z.string().max(80).optional(),
  q: z.string().max(200).optional(),
  freeLand: z.enum(["1", "0"]).optional(),
});
const licenceHeaders = { link: `<${OPEN_DATA_LICENCE.url}>; rel="license"` };

/** the area of a cluster's expansion rows in the plan (Na Dương 1: 30 ha for 2026–2030), null when none */
const sumExpansion = (z: PublicZone) => {
  const rows = z.plan.filter((p) => p.entryKind === "expansion");
  return rows.length === 0 ? null : rows.reduce((s, p) => s + p.areaHa, 0);
};

function csvOf(items: PublicZone[]): string {
  const columns: [string, (z: PublicZone) => unknown][] = [
    ["id", (z) => z.id],
    ["loai", (z) => z.kind],
    ["ten", (z) => z.name],
    ["giai_doan", (z) => zoneStageLabels[z.stage].vi],
    ["giai_doan_dau_tu", (z) => z.phase],
    ["huyen_cu", (z) => z.formerDistrict],
    ["xa_phuong", (z) => z.communes],
    ["dien_tich_ha", (z) => z.areaHa],
    ["dat_cong_nghiep_ha", (z) => z.industrialLandHa],
    ["dat_da_thue_ha", (z) => z.leasedLandHa],
    ["dat_con_trong_ha", (z) => z.freeLandHa],
    ["ty_le_lap_day", (z) => z.occupancy],
    ["tong_muc_dau_tu_trieu_dong", (z) => z.totalInvestmentMillionVnd],
    ["mo_rong_theo_phuong_an_ha", (z) => sumExpansion(z) ?? null],
    ["chu_dau_tu", (z) => z.investor],
    ["vi_do", (z) => (z.location && !z.location.approximate ? z.location.lat : null)],
    ["kinh_do", (z) => (z.location && !z.location.approximate ? z.location.lon : null)],
  ];
  return csvDocument(
    columns.map(([h]) => h),
    items.map((z) => columns.map(([, f]) => f(z))),
  );
}

export const publicRoutes = [
  defineRoute({
    method: "get",
    path: "/api/public/zones",
    tag: "Dữ liệu mở",
    summary:
      "Khu, cụm công nghiệp đã công bố (không cần đăng nhập): { items, total, licence, asOf }; cùng bộ lọc với sổ đăng ký, thêm freeLand=1",
    access: "public",
    query: publicFilter,
    handler: async ({ db, c, query }) => {
      const { items, asOf } = await publicZones(db);
      const shown = filterPublicZones(items, { ...query, freeLand: query.freeLand === "1" });
      return cacheable(
        c,
        JSON.stringify({ items: shown, total: shown.length, licence: OPEN_DATA_LICENCE, asOf }),
        "application/json; charset=utf-8",
        licenceHeaders,
      );
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/public/plan",
    tag: "Dữ liệu mở",
    summary:
      "Số liệu của Phương án phát triển cụm công nghiệp (003) cho các cụm đã công bố: theo giai đoạn, theo bảng, theo huyện cũ, tổng diện tích và tổng mức đầu tư — cùng cách tính với báo cáo và bảng điều hành",
    access: "public",
    handler: async ({ db, c }) => {
      const { items, asOf } = await publicZones(db);
      const { byStage, totals, byTable, byDistrict } = publicPlanStanding(items);
      return cacheable(
        c,
        JSON.stringify({ byStage, totals, byTable, byDistrict, licence: OPEN_DATA_LICENCE, asOf }),
        "application/json; charset=utf-8",
        licenceHeaders,
      );
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/public/zones.csv",
    tag: "Dữ liệu mở",
    summary: "Các khu, cụm đã công bố dạng CSV (UTF-8), giấy phép trong tiêu đề Link",
    access: "public",
    query: publicFilter,
    handler: async ({ db, c, query }) => {
      const { items, asOf } = await publicZones(db);
      const shown = filterPublicZones(items, { ...query, freeLand: query.freeLand === "1" });
      return cacheable(c, csvOf(shown), "text/csv; charset=utf-8", {
        ...licenceHeaders,
        "content-disposition": `attachment; filename="khu-cum-cong-nghiep-lang-son${asOf ? `-${asOf}` : ""}.csv"`,
        "x-data-as-of": asOf ?? "",
      });
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/public/zones.geojson",
    tag: "Dữ liệu mở",
    summary: "Các khu, cụm đã công bố dạng GeoJSON (điểm; vị trí gần đúng được đánh dấu), kèm giấy phép và ngày số liệu",
    access: "public",
    query: publicFilter,
    handler: async ({ db, c, query }) => {
      const { items, asOf } = await publicZones(db);
      const shown = filterPublicZones(items, { ...query, freeLand: query.freeLand === "1" });
      const body = {
        type: "FeatureCollection",
        licence: OPEN_DATA_LICENCE,
        asOf,
        features: shown
          .filter((z) => z.location)
          .map((z) => ({
            type: "Feature",
            id: z.id,
            geometry: { type: "Point", coordinates: [z.location?.lon, z.location?.lat] },
            properties: { ...z, location: undefined, approximate: z.location?.approximate },
          })),
      };
      return cacheable(c, JSON.stringify(body), "application/geo+json; charset=utf-8", licenceHeaders);
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/public/zones/:id",
    tag: "Dữ liệu mở",
    summary: "Một khu, cụm đã công bố; khu chưa công bố trả 404",
    access: "public",
    params: z.object({ id: z.string().max(80) }),
    handler: async ({ db, c, params }) => {
      const { zone, asOf } = await publicZone(db, params.id);
      return cacheable(
        c,
        JSON.stringify({ ...zone, licence: OPEN_DATA_LICENCE, asOf, asOfLabel: asOf ? formatDateVi(asOf) : null }),
        "application/json; charset=utf-8",
        licenceHeaders,
      );
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/public/enquiries",
    tag: "Dữ liệu mở",
    summary:
      "Gửi câu hỏi của nhà đầu tư (họ tên, công ty, e-mail, điện thoại, khu, quan tâm, nội dung, đồng ý thông báo dữ liệu cá nhân); giới hạn số lần gửi theo địa chỉ",
    access: "public",
    body: z.record(z.string(), z.unknown()),
    successStatus: 201,
    handler: async ({ db, body, c, config }) => {
      const lang = body.lang === "en" ? "en" : "vi";
      await submitEnquiry(db, body, lang, clientAddress(c, config.trustedProxies));
      return {
        ok: true,
        message:
          lang === "en" ? "Thank you. The responsible agency will answer by e-mail." : "Cảm ơn. Cơ quan phụ trách sẽ trả lời qua e-mail.",
      };
    },
  }),
];
