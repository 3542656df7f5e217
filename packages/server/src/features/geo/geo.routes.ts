import { z } from "zod";
import { defineRoute } from "../../http/route";
import { GEO_ATTRIBUTION, geoFileText } from "./geo-files";

export const geoRoutes = [
  defineRoute({
    method: "get",
    path: "/api/geo/:layer",
    tag: "Bản đồ",
    summary: "Ranh giới tỉnh (province) hoặc 65 xã, phường (communes) dạng GeoJSON, kèm nguồn và giấy phép",
    access: "public",
    params: z.object({ layer: z.enum(["province", "communes"], { error: "Lớp bản đồ phải là province hoặc communes." }) }),
    handler: async ({ params }) =>
      new Response(geoFileText(params.layer), {
        headers: { "content-type": "application/geo+json; charset=utf-8", "cache-control": "public, max-age=86400" },
      }),
  }),
  defineRoute({
    method: "get",
    path: "/api/map-config",
    tag: "Bản đồ",
    summary: "Cấu hình bản đồ: địa chỉ lớp nền (nếu có) và ghi công nguồn dữ liệu ranh giới",
    access: "public",
    handler: async ({ config }) => ({
      tileUrl: config.map.tileUrl,
      tileAttribution: config.map.tileAttribution,
      boundaryAttribution: GEO_ATTRIBUTION,
    }),
  }),
];
