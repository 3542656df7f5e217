import { ping } from "../../db/client";
import { defineRoute } from "../../http/route";

export const healthRoutes = [
  defineRoute({
    method: "get",
    path: "/api/health",
    tag: "Hệ thống",
    summary: "Tình trạng máy chủ và cơ sở dữ liệu",
    access: "public",
    handler: async ({ db, database }) => ({ status: (await ping(db)) ? "ok" : "degraded", engine: database.engine }),
  }),
];
