import { AppError, canSeePeriodSubmissions, isoDateSchema, submissionInput } from "@dondoc/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route";
import { listObligations, reportingInbox } from "./inbox";
import { loadPeriodSubmissions } from "./load-period-submissions";
import { readObligation } from "./obligations";
import { submitReport } from "./submit-report";

const periodParams = z.object({
  id: z.string().max(80),
  period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/, "Kỳ báo cáo không hợp lệ (ví dụ 2026-11, 2026-Q4, 2026-H2, 2026)."),
});

export const reportingRoutes = [
  defineRoute({
    method: "get",
    path: "/api/obligations",
    tag: "Báo cáo định kỳ",
    summary:
      "Các chế độ báo cáo: đơn vị báo cáo, nơi nhận, kỳ, thời gian chốt số liệu, hạn, nội dung yêu cầu, căn cứ; kỳ đang báo cáo và kỳ sau",
    access: "tasks:read",
    handler: ({ db, action }) => listObligations(db, action.today),
  }),
  defineRoute({
    method: "get",
    path: "/api/reporting/inbox",
    tag: "Báo cáo định kỳ",
    summary:
      "Các kỳ báo cáo cơ quan mình phải gửi: hạn, trạng thái (đúng hạn, trễ hạn, chưa đến hạn, quá hạn) và dự án có số liệu giải phóng mặt bằng",
    access: "tasks:read",
    handler: ({ db, action }) => reportingInbox(db, action.actor, action.today),
  }),
  defineRoute({
    method: "get",
    path: "/api/obligations/:id/periods/:period",
    tag: "Báo cáo định kỳ",
    summary: "Tổng hợp một kỳ báo cáo: mọi đơn vị phải báo cáo, trạng thái, ngày gửi, nội dung (cơ quan nhận, Văn phòng, lãnh đạo)",
    access: "tasks:read", // which obligation: canSeePeriodSubmissions (recipient agency, office, leaders, admins)
    params: periodParams,
    query: z.object({ asOf: isoDateSchema.optional() }),
    handler: async ({ db, action, params, query }) => {
      const obligation = await readObligation(db, params.id);
      if (!canSeePeriodSubmissions(action.actor, obligation)) throw new AppError("not_found", "Không tìm thấy chế độ báo cáo này.");
      return loadPeriodSubmissions(db, params.id, params.period, query.asOf ?? action.today);
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/obligations/:id/periods/:period/submissions",
    tag: "Báo cáo định kỳ",
    summary:
      "Gửi báo cáo của cơ quan mình cho một kỳ: các mục được yêu cầu và, khi có yêu cầu, số liệu giải phóng mặt bằng của dự án (ghi cùng một giao dịch, sai một số liệu thì không ghi gì)",
    access: "tasks:report", // which obligation and period: canSubmitReport (an expected reporter agency)
    params: periodParams,
    body: submissionInput,
    successStatus: 201,
    handler: async ({ db, action, params, body }) => {
      const result = await submitReport(db, params.id, params.period, body, action);
      return { ...result, inbox: await reportingInbox(db, action.actor, action.today) };
    },
  }),
];
