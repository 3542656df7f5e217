import { AppError } from "@dondoc/domain";
import { cliActor } from "@dondoc/server/audit/record-audit";
import { today } from "@dondoc/server/clock";
import type { Config } from "@dondoc/server/config";
import { listTaskLines } from "@dondoc/server/features/tasks/list-tasks";
import { withDatabase } from "../with-database";

export const tasksCommand = {
  usage: "[--as-of YYYY-MM-DD] [--json]   mọi nhiệm vụ (và từng kỳ của nhiệm vụ định kỳ) với hạn và trạng thái tại ngày đó",
  async run(args: string[], config: Config) {
    const at = args.indexOf("--as-of");
    const asOf = at >= 0 ? args[at + 1] : today();
    if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new AppError("invalid", "--as-of cần một ngày dạng YYYY-MM-DD.");
    const lines = await withDatabase(config, (db) => listTaskLines(db, cliActor, { asOf }));
    const rows = lines.map((l) => ({
      task: l.taskId,
      document: l.document.label,
      subject: l.subject,
      summary: l.summary,
      leads: l.leads.map((x) => x.name ?? x.text),
      deadline: l.rule,
      deadlineText: l.deadlineText,
      occurrence: l.occurrence.kind === "once" ? null : l.occurrence.label,
      dueDate: l.effectiveDueDate,
      originalDueDate: l.originalDueDate,
      status: l.status,
      statusLabel: l.statusLabel,
    }));
    if (args.includes("--json")) {
      console.log(JSON.stringify({ asOf, tasks: rows }, null, 2));
      return;
    }
    for (const r of rows)
      console.log(`${r.task.padEnd(16)} ${(r.dueDate ?? "—").padEnd(10)} ${r.statusLabel.padEnd(28)} ${r.leads.join(", ")}: ${r.summary}`);
  },
};
