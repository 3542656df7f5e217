import { createHash } from "node:crypto";
import {
  AppError,
  allowedTaskEvents,
  canManageTasks,
  canReportOnTask,
  isDone,
  pendingExtension,
  pendingSubmission,
  type TaskEventInput,
  type TaskEventType,
  type TaskStatus,
  taskEventLabels,
} from "@dondoc/domain";
import { asc, eq, sql } from "drizzle-orm";
import { type ActionContext, recordAudit } from "../../audit/record-audit";
import type { Db } from "../../db/client";
import { attachments, taskAssignees, taskEvents, taskOccurrences } from "../../db/schema";
import { checkZip, sniff } from "../../files/check-upload";
import { notifyTaskEvent } from "../notifications/notify-task-event";
import { refreshOccurrenceSpans } from "./occurrence-read-model";
import { occurrenceStatusesAsOf } from "./occurrence-status";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
const reporterEvents: TaskEventType[] = ["progress", "submit", "extension-request"];

export interface Upload {
  filename: string;
  bytes: Uint8Array;
}

/**
 * Records one event on an occurrence. Agencies report on their own tasks (canReportOnTask); the
 * office confirms, returns, decides extensions and cancels (canManageTasks). A confirmation needs a
 * pending submission, a decision a pending request. Attachments are checked by their bytes. The
 * notifications it calls for are written in the same transaction (notifications/notify-task-event).
 */
export async function recordTaskEvent(
  db: Db,
  occurrenceId: number,
  input: TaskEventInput,
  files: Upload[],
  ctx: ActionContext,
): Promise<number> {
  const stored: ReturnType<typeof describeAttachment>[] = [];
  for (const file of files) stored.push(await checkAttachment(file));
  return db.transaction(async (tx) => {
    const [occurrence] = await tx.select().from(taskOccurrences).where(eq(taskOccurrences.id, occurrenceId));
    if (!occurrence) throw new AppError("not_found", "Không tìm thấy nhiệm vụ này.");
    const people = await tx.select().from(taskAssignees).where(eq(taskAssignees.taskId, occurrence.taskId));
    const assignment = {
      leads: people.filter((p) => p.role === "lead").map((p) => p.agencyId),
      coordinators: people.filter((p) => p.role === "coordinator").map((p) => p.agencyId),
    };
    const what = input.type === "progress" ? "progress" : input.type === "submit" ? "submit" : "extension";
    const allowed = reporterEvents.includes(input.type) ? canReportOnTask(ctx.actor, assignment, what) : canManageTasks(ctx.actor);
    if (!allowed) throw new AppError("forbidden", "Bạn không có quyền cập nhật nhiệm vụ này.");

    const history = await tx.select().from(taskEvents).where(eq(taskEvents.occurrenceId, occurrenceId)).orderBy(asc(taskEvents.id));
    const past = history.map((e) => ({ type: e.type as TaskEventType, on: e.on }));
    if ((input.type === "confirm" || input.type === "return") && !pendingSubmission(past)) {
      throw new AppError("conflict", "Nhiệm vụ chưa có báo cáo hoàn thành nào đang chờ xác nhận.");
    }
    if ((input.type === "extension-approve" || input.type === "extension-reject") && !pendingExtension(past)) {
      throw new AppError("conflict", "Không có đề nghị gia hạn nào đang chờ quyết định.");
    }
    if (input.type === "submit" && pendingSubmission(past))
      throw new AppError("conflict", "Báo cáo hoàn thành trước đó đang chờ Văn phòng xác nhận.");
    // the rest of the rule, as the web's buttons apply it: the occurrence's state today
    const [state] = await occurrenceStatusesAsOf(tx, ctx.today, sql`o.id = ${occurrenceId}`);
    if (state && !allowedTaskEvents(ctx.actor, assignment, state).includes(input.type)) {
      throw new AppError("conflict", refusal(input.type, state.status, state.pendingExtension));
    }

    const [event] = await tx
      .insert(taskEvents)
      .values({
        occurrenceId,
        type: input.type,
        on: ctx.today,
        text: input.text ?? null,
        percent: input.percent ?? (input.type === "submit" ? 100 : null),
        completedOn: input.completedOn ?? null,
        newDueDate: input.newDueDate ?? null,
        agencyId: ctx.actor.agencyId,
        actorId: ctx.actor.id === "cli" ? null : ctx.actor.id,
        actorName: ctx.actor.name,
      })
      .returning({ id: taskEvents.id });
    if (!event) throw new Error("event not stored");
    await refreshOccurrenceSpans(tx, [occurrenceId]);
    if (stored.length > 0) await tx.insert(attachments).values(stored.map((f) => ({ ...f, eventId: event.id })));
    await notifyTaskEvent(tx, event.id);
    await recordAudit(tx, ctx, {
      action: input.type,
      entity: "task",
      entityId: `${occurrence.taskId}#${occurrence.period}`,
      after: { ...input, attachments: stored.map((f) => f.filename) },
    });
    return event.id;
  });
}

function refusal(type: TaskEventType, status: TaskStatus, extensionPending: boolean): string {
  if (status === "cancelled") return "Nhiệm vụ đã bị hủy: không ghi thêm được.";
  if (isDone(status)) return "Nhiệm vụ đã được xác nhận hoàn thành: không ghi thêm được.";
  if (type === "extension-request" && extensionPending) return "Đề nghị gia hạn trước đó đang chờ quyết định.";
  return `Không thể ghi "${taskEventLabels[type]}" cho nhiệm vụ ở trạng thái hiện tại.`;
}

const ALLOWED: Record<string, string> = { pdf: "application/pdf", zip: "application/zip" };

/** Only PDF, Office files (zip) and plain text, by their bytes; at most 10 MB each. */
async function checkAttachment(file: Upload) {
  if (file.bytes.length === 0) throw new AppError("invalid", `Tệp "${file.filename}" đang trống.`);
  if (file.bytes.length > MAX_ATTACHMENT_BYTES) throw new AppError("too_large", `Tệp "${file.filename}" lớn hơn 10 MB.`);
  const kind = sniff(file.bytes);
  const contentType = kind === "text" ? "text/plain; charset=utf-8" : ALLOWED[kind];
  if (!contentType) throw new AppError("invalid", `Tệp "${file.filename}" không phải PDF, Word/Excel hoặc văn bản: không nhận.`);
  // a zip bomb is refused here too, so that nobody who opens the attachment is harmed by it
  if (kind === "zip") await checkZip(file.bytes, `Tệp "${file.filename}"`);
  return describeAttachment(file, kind, contentType);
}

function describeAttachment(file: Upload, kind: string, contentType: string) {
  const name =
    file.filename
      .normalize("NFC")
      .replace(/[/\\\0]/g, "_")
      .slice(0, 200) || "tep-dinh-kem";
  return {
    filename: name,
    contentType:
      kind === "zip" && /\.docx$/i.test(name)
        ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        : kind === "zip" && /\.xlsx$/i.test(name)
          ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          : contentType,
    size: file.bytes.length,
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
    bytes: Buffer.from(file.bytes),
  };
}
