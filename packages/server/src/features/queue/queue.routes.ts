import type { IsoDate } from "@dondoc/domain";
import { defineRoute } from "../../http/route";
import { loadQueue } from "./load-queue";

export const queueRoutes = [
  defineRoute({
    method: "get",
    path: "/api/queue",
    tag: "Nhiệm vụ",
    summary:
      "Chờ xác nhận (Văn phòng UBND tỉnh): báo cáo hoàn thành cần xác nhận hoặc trả lại, đề nghị gia hạn cần quyết định, với số ngày đã chờ và số lượng của mỗi loại",
    access: "tasks:manage",
    handler: async ({ db, action }) => loadQueue(db, action.today as IsoDate),
  }),
];
