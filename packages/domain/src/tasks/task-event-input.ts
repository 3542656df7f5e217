import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date-schema";
import { normVi } from "../shared/vi-text";
import { taskEventTypes } from "./task-events";

/** What a person records on a task occurrence (form fields; files travel beside them). */
export const taskEventInput = z
  .object({
    type: z.enum(taskEventTypes, { error: "Loại cập nhật không hợp lệ." }),
    text: z.string().transform(normVi).pipe(z.string().max(5000, "Nội dung dài quá 5.000 ký tự.")).optional(),
    percent: z.coerce
      .number({ error: "Tỷ lệ phải là một số." })
      .int("Tỷ lệ phải là số nguyên.")
      .min(0, "Tỷ lệ từ 0 đến 100.")
      .max(100, "Tỷ lệ từ 0 đến 100.")
      .optional(),
    completedOn: isoDateSchema.optional(),
    newDueDate: isoDateSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.type === "submit" && !v.completedOn)
      ctx.addIssue({ code: "custom", path: ["completedOn"], message: "Cần ngày của văn bản báo cáo hoàn thành." });
    if (v.type === "extension-request" && !v.newDueDate)
      ctx.addIssue({ code: "custom", path: ["newDueDate"], message: "Cần ngày đề nghị gia hạn đến." });
    if ((v.type === "progress" || v.type === "return" || v.type === "extension-request") && !v.text?.trim()) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "Cần nội dung." });
    }
  });
export type TaskEventInput = z.infer<typeof taskEventInput>;
