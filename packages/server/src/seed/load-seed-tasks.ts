import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DeadlineRule } from "@dondoc/domain";
import type { Db } from "../db/client";
import { saveProposal } from "../features/reader/save-proposal";
import { asOfDate, startOfDayVn } from "./load-reference-data";

/**
 * The tasks an official recorded from the three notices (fixtures of seeds 000, 001, 004), with
 * their meetings, saved the way a confirmed reading is saved: every lead and coordinator resolved
 * against the registry ("Chủ đầu tư CCN Hòa Sơn 1" → that cluster's investor), a group such as
 * "UBND các xã có dự án" kept as written for the office to resolve later. Idempotent.
 */
const TASK_DIR = fileURLToPath(new URL("./data/tasks/", import.meta.url));

interface Fixture {
  issuedOn: string | null;
  meetings: { date: string; time?: string; place?: string; kind?: string; chair?: string; subject?: string; subjects?: string[] }[];
  tasks: {
    lead: string[];
    coordinators: string[];
    subject: string;
    summary: string;
    deadlineText: string | null;
    deadline: DeadlineRule;
    milestones?: { what: string; deadline: DeadlineRule }[];
  }[];
}

/** "trước ngày 20 hằng tháng": the named day is already late (the fixture records only the day). */
function withBefore(rule: DeadlineRule, text: string | null): DeadlineRule {
  return text && /trước ngày/i.test(text) && rule.kind !== "date" ? { ...rule, before: true } : rule;
}

export async function loadSeedTasks(db: Db): Promise<{ tasksInserted: number }> {
  let tasksInserted = 0;
  await db.transaction(async (tx) => {
    for (const file of readdirSync(TASK_DIR)
      .filter((f) => f.endsWith(".json"))
      .sort()) {
      const fixture = JSON.parse(readFileSync(`${TASK_DIR}${file}`, "utf8")) as Fixture;
      const saved = await saveProposal(
        tx,
        `seed-${file.slice(0, 3)}`,
        {
          issuedOn: fixture.issuedOn,
          meetings: fixture.meetings.map((m) => ({
            ...m,
            kind: m.kind === "inspection" ? "inspection" : "meeting",
            chair: m.chair ?? null,
            participants: [],
          })),
          tasks: fixture.tasks.map((t) => ({ ...t, deadline: withBefore(t.deadline, t.deadlineText) })),
        },
        asOfDate(fixture.issuedOn) ?? fixture.meetings[0]?.date ?? "2025-01-01",
        startOfDayVn(asOfDate(fixture.issuedOn) ?? fixture.meetings[0]?.date ?? null),
      );
      tasksInserted += saved.taskIds.length;
    }
  });
  return { tasksInserted };
}
