import { AppError, isoDateSchema, taskEventInput, taskStatuses } from "@dondoc/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { today } from "../../clock";
import { attachments, taskEvents, taskOccurrences } from "../../db/schema";
import { defineRoute } from "../../http/route";
import { refuseNul } from "../../http/run-route";
import { mailerFor } from "../../mail/mailer";
import { emailPendingNotices } from "../notifications/email-notices";
import { agencyScorecards } from "../reporting/scorecards";
import { scorecardsWorkbook } from "../reporting/scorecards-workbook";
import { exportTaskLines } from "./export-tasks";
import { getTask } from "./get-task";
import { listTaskLines } from "./list-tasks";
import { recordTaskEvent, type Upload } from "./record-task-event";

const taskQuery = z.object({
  asOf: isoDateSchema.optional(),
  status: z.enum(taskStatuses, { error: "Trạng thái không hợp lệ." }).optional(),
  agency: z.string().max(120).optional(),
  document: z.string().max(120).optional(),
  zone: z.string().max(120).optional(),
  /** "due-soon": due within `days` days and not done */
  due: z.enum(["due-soon", "overdue"]).optional(),
  days: z.coerce.number().int().min(1).max(90).default(7),
  /** free text: words of the subject or summary, with or without accents */
  q: z.string().max(200, "Từ khóa tìm kiếm quá dài.").optional(),
});

function lines(db: Parameters<typeof listTaskLines>[0], actor: Parameters<typeof listTaskLines>[1], q: z.infer<typeof taskQuery>) {
  return listTaskLines(db, actor, {
    asOf: q.asOf ?? today(),
    agencyId: q.agency,
    documentId: q.document,
    zoneId: q.zone,
    status: q.status,
    due: q.due,
    days: q.days,
    q: q.q,
  });
}

const scorecardQuery = z
  .object({ from: isoDateSchema, to: isoDateSchema, asOf: isoDateSchema.optional() })
  .refine((q) => q.from <= q.to, { message: "Ngày bắt đầu kỳ phải trước ngày kết thúc.", path: ["from"] });

export const taskRoutes = [
  defineRoute({
    method: "get",
    path: "/api/tasks",
    tag: "Nhiệm vụ",
    summary: "Nhiệm vụ (mỗi kỳ của nhiệm vụ định kỳ một dòng) với hạn và trạng thái tại ngày asOf; cơ quan chỉ thấy nhiệm vụ của mình",
    access: "tasks:read",
    query: taskQuery,
    handler: async ({ db, action, query }) => {
      const items = await lines(db, action.actor, query);
      return { items, total: items.length };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/tasks.xlsx",
    tag: "Nhiệm vụ",
    summary: "Xuất danh sách nhiệm vụ đang lọc ra Excel",
    access: "tasks:read",
    query: taskQuery,
    handler: async ({ db, action, query }) => {
      const bytes = await exportTaskLines(await lines(db, action.actor, query), query.asOf ?? action.today);
      return new Response(new Uint8Array(bytes), {
        headers: {
          "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "content-disposition": `attachment; filename="nhiem-vu-${query.asOf ?? action.today}.xlsx"`,
        },
      });
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/tasks/:id",
    tag: "Nhiệm vụ",
    summary: "Một nhiệm vụ: các kỳ, trạng thái, dòng thời gian báo cáo và quyết định, tệp đính kèm",
    access: "tasks:read",
    params: z.object({ id: z.string().max(120) }),
    query: z.object({ asOf: isoDateSchema.optional() }),
    handler: ({ db, action, params, query }) => getTask(db, action.actor, params.id, query.asOf ?? action.today),
  }),
  defineRoute({
    method: "post",
    path: "/api/occurrences/:id/events",
    tag: "Nhiệm vụ",
    summary:
      "Cập nhật một nhiệm vụ (multipart): báo cáo tiến độ, báo cáo hoàn thành, đề nghị gia hạn (cơ quan chủ trì); xác nhận, trả lại, quyết định gia hạn, hủy (Văn phòng). Tệp đính kèm: trường files",
    access: "tasks:read", // which event on which task: canReportOnTask / canManageTasks (record-task-event.ts)
    bodyKind: "multipart",
    params: z.object({ id: z.coerce.number().int().positive() }),
    successStatus: 201,
    handler: async ({ db, c, params, action, config }) => {
      let form: FormData;
      try {
        form = await c.req.formData();
      } catch {
        throw new AppError("invalid", "Cần gửi biểu mẫu multipart/form-data.");
      }
      const fields = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string" && v !== ""));
      refuseNul(fields);
      const parsed = taskEventInput.safeParse(fields);
      if (!parsed.success) {
        throw new AppError(
          "invalid",
          "Thông tin cập nhật không hợp lệ.",
          parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
        );
      }
      const files: Upload[] = [];
      for (const f of form.getAll("files"))
        if (f instanceof File) files.push({ filename: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
      const eventId = await recordTaskEvent(db, params.id, parsed.data, files, action);
      // the notifications it wrote go out by e-mail now, not at the job's next run (without holding the answer)
      void emailPendingNotices(db, mailerFor(config.mail), config.publicUrl).catch(() => undefined);
      const [occ] = await db.select({ taskId: taskOccurrences.taskId }).from(taskOccurrences).where(eq(taskOccurrences.id, params.id));
      return { eventId, task: await getTask(db, action.actor, occ?.taskId ?? "", action.today) };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/attachments/:id",
    tag: "Nhiệm vụ",
    summary: "Tải tệp đính kèm (chỉ người xem được nhiệm vụ)",
    access: "tasks:read",
    params: z.object({ id: z.coerce.number().int().positive() }),
    handler: async ({ db, params, action }) => {
      const [file] = await db
        .select({ a: attachments, taskId: taskOccurrences.taskId })
        .from(attachments)
        .innerJoin(taskEvents, eq(taskEvents.id, attachments.eventId))
        .innerJoin(taskOccurrences, eq(taskOccurrences.id, taskEvents.occurrenceId))
        .where(eq(attachments.id, params.id));
      if (!file) throw new AppError("not_found", "Không tìm thấy tệp này.");
      await getTask(db, action.actor, file.taskId, action.today); // 404 unless the actor may see the task
      return new Response(new Uint8Array(file.a.bytes), {
        headers: {
          "content-type": file.a.contentType,
          "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.a.filename)}`,
          "x-content-type-options": "nosniff",
        },
      });
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/scorecards",
    tag: "Nhiệm vụ",
    summary:
      "Bảng điểm theo cơ quan trong kỳ [from, to] tại ngày asOf: nhiệm vụ (theo cơ quan chủ trì; nhiệm vụ giao cho cá nhân tính cho cơ quan người đó lãnh đạo) và báo cáo định kỳ phải gửi, mỗi phần một tỷ lệ đúng hạn; số nhiệm vụ đang quá hạn khớp với bảng điều khiển",
    access: "tasks:read",
    query: scorecardQuery,
    handler: ({ db, action, query }) => agencyScorecards(db, action.actor, { from: query.from, to: query.to }, query.asOf ?? action.today),
  }),
  defineRoute({
    method: "get",
    path: "/api/scorecards.xlsx",
    tag: "Nhiệm vụ",
    summary: "Bảng điểm theo cơ quan xuất ra Excel (.xlsx): cùng số liệu với /api/scorecards (nhiệm vụ và báo cáo định kỳ tách riêng)",
    access: "tasks:read",
    query: scorecardQuery,
    handler: async ({ db, action, query }) => {
      const bytes = await scorecardsWorkbook(
        await agencyScorecards(db, action.actor, { from: query.from, to: query.to }, query.asOf ?? action.today),
      );
      return new Response(new Uint8Array(bytes), {
        headers: {
          "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "content-disposition": `attachment; filename="bang-diem-${query.from}-${query.to}.xlsx"`,
        },
      });
    },
  }),
];
