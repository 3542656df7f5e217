import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DeadlineRule, foldVi, normVi, reader } from "@dondoc/domain";
import type { Db } from "../db/client";
import { agencies, meetings, taskAssignees, tasks, zones } from "../db/schema";
import { asOfDate } from "./load-reference-data";

/**
 * The tasks an official recorded from the three notices (fixtures of seeds 000, 001, 004), with
 * their meetings, linked to the registry: every lead and coordinator is resolved with the document
 * reader's name resolution ("Chủ đầu tư CCN Hòa Sơn 1" → that cluster's investor); a group such as
 * "UBND các xã có dự án" stays unresolved, for the office to resolve later. Idempotent.
 */
const TASK_DIR = fileURLToPath(new URL("./data/tasks/", import.meta.url));

interface FixtureTask {
  lead: string[];
  coordinators: string[];
  subject: string;
  summary: string;
  deadlineText: string | null;
  deadline: DeadlineRule;
  milestones?: { what: string; deadline: DeadlineRule }[];
}
interface Fixture {
  source: string;
  issuedOn: string | null;
  meetings: { date: string; time?: string; place?: string; kind?: string; chair?: string; subject?: string; subjects?: string[] }[];
  tasks: FixtureTask[];
}

/** "trước ngày 20 hằng tháng": the named day is already late (the fixture records only the day). */
function withBefore(rule: DeadlineRule, text: string | null): DeadlineRule {
  return text && /trước ngày/i.test(text) && rule.kind !== "date" ? { ...rule, before: true } : rule;
}

export async function loadSeedTasks(db: Db): Promise<{ tasksInserted: number }> {
  const [agencyRows, zoneRows] = await Promise.all([db.select().from(agencies), db.select().from(zones)]);
  const index = reader.buildNameIndex({
    agencies: agencyRows.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: [...a.aliases, ...(a.shortName ? [a.shortName] : [])],
    })),
    zones: zoneRows.map((z) => ({ id: z.id, name: z.name, kind: z.kind, aliases: z.aliases, investorAgencyId: z.investorId })),
  });
  const zoneIdOf = (text: string) => zoneRows.find((z) => [z.name, ...z.aliases].some((n) => foldVi(n) === foldVi(text)))?.id ?? null;
  const personIdOf = (name: string | undefined) =>
    name ? (agencyRows.find((a) => a.kind === "person" && a.name === normVi(name))?.id ?? null) : null;

  let tasksInserted = 0;
  await db.transaction(async (tx) => {
    for (const file of readdirSync(TASK_DIR)
      .filter((f) => f.endsWith(".json"))
      .sort()) {
      const fixture = JSON.parse(readFileSync(`${TASK_DIR}${file}`, "utf8")) as Fixture;
      const documentId = `seed-${file.slice(0, 3)}`;
      const isNotice = documentId === "seed-001"; // a meeting notice: the meetings are announced, not concluded
      const meetingIds = fixture.meetings.map((_, i) => `${documentId}-m${i + 1}`);
      await tx
        .insert(meetings)
        .values(
          fixture.meetings.map((m, i) => ({
            id: meetingIds[i] as string,
            kind: m.kind === "inspection" ? ("inspection" as const) : ("meeting" as const),
            date: m.date,
            time: m.time ?? null,
            place: m.place ?? null,
            chairId: personIdOf(m.chair),
            subject: normVi(m.subject ?? (m.subjects ?? []).join(", ")),
            zoneIds: (m.subjects ?? []).map(zoneIdOf).filter((z): z is string => z !== null),
            noticeDocumentId: isNotice ? documentId : null,
            conclusionDocumentId: isNotice ? null : documentId,
          })),
        )
        .onConflictDoNothing();

      for (const [i, t] of fixture.tasks.entries()) {
        const id = `${documentId}-t${i + 1}`;
        const meetingId =
          meetingIds.find((_, k) => foldVi(fixture.meetings[k]?.subject ?? "").includes(foldVi(t.subject).slice(0, 20))) ??
          meetingIds.at(-1) ??
          null;
        const inserted = await tx
          .insert(tasks)
          .values({
            id,
            documentId,
            meetingId,
            ordinal: i + 1,
            subject: normVi(t.subject),
            summary: normVi(t.summary),
            sourceQuote: null,
            deadlineText: t.deadlineText ? normVi(t.deadlineText) : null,
            deadline: withBefore(t.deadline, t.deadlineText),
            assignedOn: asOfDate(fixture.issuedOn) ?? fixture.meetings[0]?.date ?? "2025-01-01",
            milestones: t.milestones ?? [],
            zoneIds: [zoneIdOf(t.subject)].filter((z): z is string => z !== null),
          })
          .onConflictDoNothing()
          .returning({ id: tasks.id });
        if (inserted.length === 0) continue;
        tasksInserted++;
        const assignees = [
          ...t.lead.map((text, position) => ({ role: "lead" as const, position, text })),
          ...t.coordinators.map((text, position) => ({ role: "coordinator" as const, position, text })),
        ];
        if (assignees.length > 0) {
          await tx.insert(taskAssignees).values(
            assignees.map((a) => ({
              ...a,
              taskId: id,
              text: normVi(a.text),
              agencyId: reader.resolveName(a.text, index)?.agencyId ?? null,
            })),
          );
        }
      }
    }
  });
  return { tasksInserted };
}
