import { type Actor, compareVi, formatDateVi, isoDateSchema, scorecard } from "@dondoc/domain";
import { z } from "zod";
import type { Db } from "../../db/client";
import { sheetRow } from "../../files/export-cells";
import { newWorkbook } from "../../files/workbook";
import { cachedByData } from "../dashboard/dashboard-cache";
import { submissionScorecardTasks } from "../reporting/submission-scorecard";
import { listTaskLines } from "./list-tasks";

export const scorecardQuery = z.object({ from: isoDateSchema, to: isoDateSchema, asOf: isoDateSchema.optional() });

/**
 * The lead agencies' scorecards for the period [from, to] as of `asOf` (today by default); each period
 * of a report obligation counts like a task of its reporter. Computed once per minute at most for the
 * same data and the same question (dashboard-cache.ts).
 */
export function scorecards(db: Db, actor: Actor, today: string, query: z.infer<typeof scorecardQuery>) {
  return cachedByData(db, `scorecards|${actor.role}|${actor.agencyId ?? ""}|${today}|${JSON.stringify(query)}`, async () => {
    const asOf = query.asOf ?? today;
    const all = await listTaskLines(db, actor, { asOf });
    const period = { from: query.from, to: query.to };
    // each period of a report obligation counts like a task of its reporter (features/reporting)
    const reports = await submissionScorecardTasks(db, actor, period, asOf);
    const cards = scorecard(
      [
        ...all.map((l) => ({ leadAgencies: l.leads.map((x) => x.agencyId).filter((x): x is string => x !== null), facts: l.facts })),
        ...reports.tasks,
      ],
      period,
      asOf,
    );
    const reportCards = new Map(scorecard(reports.tasks, period, asOf).map((c) => [c.agency, c]));
    const names = new Map(all.flatMap((l) => l.leads).map((x) => [x.agencyId, x.name]));
    const items = cards.map((c) => {
      const r = reportCards.get(c.agency);
      return {
        ...c,
        agencyName: names.get(c.agency) ?? reports.names.get(c.agency) ?? c.agency,
        reports: r
          ? { total: r.total, doneOnTime: r.doneOnTime, doneLate: r.doneLate, overdue: r.overdue, inProgress: r.inProgress }
          : null,
      };
    });
    return { items, total: items.length, asOf, period: { from: query.from, to: query.to } };
  });
}

export type Scorecards = Awaited<ReturnType<typeof scorecards>>;

const percent = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 10_000) / 100);

/** The scorecards as .xlsx: one row per lead agency (the most tasks first), the same numbers as GET /api/scorecards. */
export async function scorecardsWorkbook(s: Scorecards): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = "Đôn Đốc";
  const ws = wb.addWorksheet("Bảng điểm");
  const font = { name: "Times New Roman", size: 12 } as const;
  ws.addRow([
    `Kết quả thực hiện nhiệm vụ theo cơ quan chủ trì, hạn từ ${formatDateVi(s.period.from)} đến ${formatDateVi(s.period.to)} (tính đến ngày ${formatDateVi(s.asOf)})`,
  ]).font = { ...font, bold: true };
  ws.addRow([]);
  const columns = [
    { header: "Cơ quan chủ trì", key: "agencyName", width: 46 },
    { header: "Tổng số", key: "total", width: 10 },
    { header: "Hoàn thành đúng hạn", key: "doneOnTime", width: 14 },
    { header: "Hoàn thành quá hạn", key: "doneLate", width: 14 },
    { header: "Đang thực hiện", key: "inProgress", width: 14 },
    { header: "Quá hạn", key: "overdue", width: 10 },
    { header: "Đã gia hạn", key: "extended", width: 12 },
    { header: "Đến hạn", key: "due", width: 10 },
    { header: "Tỷ lệ hoàn thành (%)", key: "completion", width: 16 },
    { header: "Tỷ lệ quá hạn (%)", key: "overdueRate", width: 14 },
    { header: "Trong đó báo cáo định kỳ", key: "reports", width: 16 },
  ];
  ws.addRow(columns.map((c) => c.header)).font = { ...font, bold: true };
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
    ws.getColumn(i + 1).font = font;
  });
  const items = [...s.items].sort((a, b) => b.total - a.total || b.overdue - a.overdue || compareVi(a.agencyName, b.agencyName));
  for (const c of items) {
    const row = sheetRow({
      ...c,
      completion: percent(c.completionRate),
      overdueRate: percent(c.overdueRate),
      reports: c.reports?.total ?? 0,
    });
    ws.addRow(columns.map((col) => row[col.key] ?? null));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
