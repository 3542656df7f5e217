import { createHash } from "node:crypto";
import {
  AppError,
  canReportOnTask,
  factsFromEvents,
  formatDateVi,
  issueDateProblem,
  normVi,
  pendingSubmission,
  type ReportIssue,
  type ReportIssueInput,
  type ReportSigner,
  reportNumberLine,
  searchKey,
  signatureAuthority,
  slugVi,
  type TaskEventType,
} from "@dondoc/domain";
import { and, asc, desc, eq } from "drizzle-orm";
import { type ActionContext, recordAudit } from "../../audit/record-audit";
import type { Db } from "../../db/client";
import { agencies, attachments, reportIssues, taskEvents, taskOccurrences } from "../../db/schema";
import { refreshOccurrenceSpans } from "../tasks/occurrence-read-model";
import { OWN_MONTHLY_DUTY_TASK } from "./load-report-data";

const ISSUER = "so-cong-thuong";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

type AgencyRow = typeof agencies.$inferSelect;
const toSigner = (a: AgencyRow): ReportSigner | null => {
  const authority = signatureAuthority(a.title);
  return authority && a.kind === "person" && a.parentId === ISSUER ? { id: a.id, name: a.name, title: a.title ?? "", authority } : null;
};

/**
 * Who signs a draft: the director of Sở Công Thương as the registry names them, else whoever signed
 * the latest issued report; null when the registry names no leader of the department yet.
 */
export async function draftSigner(db: Db): Promise<ReportSigner | null> {
  const people = (await db.select().from(agencies).where(eq(agencies.parentId, ISSUER))).map(toSigner).filter((s) => s !== null);
  const director = people.find((p) => p.authority.length === 1);
  if (director) return director;
  const [last] = await db.select({ signerId: reportIssues.signerId }).from(reportIssues).orderBy(desc(reportIssues.issuedOn)).limit(1);
  return people.find((p) => p.id === last?.signerId) ?? people[0] ?? null;
}

/** The issue of a report of `period`, as printed on it; null while it is a draft. */
export async function findIssue(db: Db, kind: "monthly" | "annual", period: string): Promise<(ReportIssue & { dataAsOf: string }) | null> {
  const [row] = await db
    .select()
    .from(reportIssues)
    .where(and(eq(reportIssues.kind, kind), eq(reportIssues.period, period)));
  if (!row) return null;
  const [person] = await db.select().from(agencies).where(eq(agencies.id, row.signerId));
  const signer = person ? toSigner(person) : null;
  if (!signer) throw new Error(`report issue ${row.id}: signer ${row.signerId} is not a leader of the department`);
  return { number: row.number, issuedOn: row.issuedOn, signer, dataAsOf: row.dataAsOf };
}

/** The signer the input names: a leader of Sở Công Thương in the registry, or a new one recorded there now. */
async function resolveSigner(tx: Db, input: ReportIssueInput, sourcePassage: string): Promise<ReportSigner> {
  if (input.signerId) {
    const [row] = await tx.select().from(agencies).where(eq(agencies.id, input.signerId));
    const signer = row ? toSigner(row) : null;
    if (!signer) throw new AppError("invalid", "Người ký phải là Giám đốc hoặc Phó Giám đốc Sở Công Thương có trong danh mục cơ quan.");
    return signer;
  }
  const name = normVi(input.signer?.name ?? "");
  const title = normVi(input.signer?.title ?? "");
  const authority = signatureAuthority(title);
  if (!authority) throw new AppError("invalid", "Chức vụ người ký phải là Giám đốc hoặc Phó Giám đốc Sở Công Thương.");
  const id = `${slugVi(name)}-sct`;
  const [existing] = await tx.select().from(agencies).where(eq(agencies.id, id));
  if (existing) {
    const signer = toSigner(existing);
    if (!signer || existing.title !== title)
      throw new AppError("conflict", `Danh mục đã có "${existing.name}" với chức vụ khác: chọn người ký trong danh mục (signerId).`);
    return signer;
  }
  await tx.insert(agencies).values({
    id,
    name,
    kind: "person",
    title,
    parentId: ISSUER,
    nameSearch: searchKey([name]),
    sourcePassage,
  });
  return { id, name, title, authority };
}

/**
 * Issues the monthly or annual report: number, date and signer are recorded with the report, and a
 * monthly report completes the occurrence of its own duty (000-t16, the month's period) with the
 * issued .docx as the output document — submitted and confirmed in the same transaction, since the
 * numbered, signed report is itself the proof (an occurrence already done, cancelled or with a
 * submission waiting for the office keeps its own record). Refused when the period is already issued.
 */
export async function issueReport(
  db: Db,
  o: {
    kind: "monthly" | "annual";
    period: string;
    label: string;
    dataAsOf: string;
    render: (issue: ReportIssue) => Promise<Buffer>;
  },
  input: ReportIssueInput,
  ctx: ActionContext,
): Promise<{ issue: ReportIssue; occurrenceId: number | null; bytes: Buffer }> {
  if (!canReportOnTask(ctx.actor, { leads: [ISSUER], coordinators: [] }, "submit"))
    throw new AppError("forbidden", "Chỉ Sở Công Thương phát hành báo cáo này.");
  const problem = issueDateProblem(input.issuedOn, ctx.today, o.dataAsOf);
  if (problem) throw new AppError("invalid", problem);
  const numberLine = reportNumberLine(input.number);
  return db.transaction(async (tx) => {
    const [already] = await tx
      .select()
      .from(reportIssues)
      .where(and(eq(reportIssues.kind, o.kind), eq(reportIssues.period, o.period)));
    if (already)
      throw new AppError(
        "conflict",
        `Báo cáo ${o.label} đã phát hành (số ${reportNumberLine(already.number).slice(4)} ngày ${formatDateVi(already.issuedOn)}).`,
      );
    const signer = await resolveSigner(tx, input, `Người ký Báo cáo ${numberLine.slice(4)} (${o.label})`);
    const issue: ReportIssue = { number: input.number, issuedOn: input.issuedOn, signer };
    const bytes = await o.render(issue);

    const [occurrence] =
      o.kind === "monthly"
        ? await tx
            .select()
            .from(taskOccurrences)
            .where(and(eq(taskOccurrences.taskId, OWN_MONTHLY_DUTY_TASK), eq(taskOccurrences.period, o.period)))
        : [];
    let eventId: number | null = null;
    // an occurrence already completed (its report sent another way) or cancelled keeps its own record
    const history = occurrence
      ? (await tx.select().from(taskEvents).where(eq(taskEvents.occurrenceId, occurrence.id)).orderBy(asc(taskEvents.id))).map((e) => ({
          type: e.type as TaskEventType,
          on: e.on,
          completedOn: e.completedOn,
        }))
      : [];
    const settled = (() => {
      const facts = factsFromEvents(occurrence?.dueDate ?? null, "date", history);
      return facts.completedOn !== null || facts.cancelled || pendingSubmission(history);
    })();
    if (occurrence && !settled) {
      const text = `Phát hành Báo cáo ${numberLine.slice(4)} ngày ${formatDateVi(input.issuedOn)} (${signer.authority.at(-1)?.toLocaleLowerCase("vi")} ${signer.name} ký)`;
      const by = { agencyId: ctx.actor.agencyId, actorId: ctx.actor.id === "cli" ? null : ctx.actor.id, actorName: ctx.actor.name };
      const [submit] = await tx
        .insert(taskEvents)
        .values({ occurrenceId: occurrence.id, type: "submit", on: ctx.today, text, percent: 100, completedOn: input.issuedOn, ...by })
        .returning({ id: taskEvents.id });
      if (!submit) throw new Error("event not stored");
      eventId = submit.id;
      await tx.insert(attachments).values({
        eventId: submit.id,
        filename: `bao-cao-${o.kind === "monthly" ? "thang" : "nam"}-${o.period}-so-${input.number}.docx`,
        contentType: DOCX,
        size: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        bytes,
      });
      await tx
        .insert(taskEvents)
        .values({ occurrenceId: occurrence.id, type: "confirm", on: ctx.today, text: "Hoàn thành khi báo cáo được phát hành", ...by });
      await refreshOccurrenceSpans(tx, [occurrence.id]);
    }
    await tx.insert(reportIssues).values({
      kind: o.kind,
      period: o.period,
      number: input.number,
      issuedOn: input.issuedOn,
      signerId: signer.id,
      dataAsOf: o.dataAsOf,
      occurrenceId: occurrence && !settled ? occurrence.id : null,
      eventId,
      issuedBy: ctx.actor.name,
    });
    await recordAudit(tx, ctx, {
      action: "issue",
      entity: "report",
      entityId: `${o.kind}#${o.period}`,
      after: {
        number: input.number,
        issuedOn: input.issuedOn,
        signer: signer.name,
        occurrenceId: eventId === null ? null : occurrence?.id,
      },
    });
    return { issue, occurrenceId: occurrence && !settled ? occurrence.id : null, bytes };
  });
}
