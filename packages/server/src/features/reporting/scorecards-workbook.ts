import { compareVi, formatDateVi, type ScorecardsResponse, type TaskTally } from "@dondoc/domain";
import { sheetRow } from "../../files/export-cells";
import { newWorkbook } from "../../files/workbook";

const percent = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 10_000) / 100);

/** The columns of one tally (tasks, or report submissions), in the order of the page. */
const tallyColumns = (label: string) => [
  `${label}: tổng số`,
  `${label}: đến hạn`,
  `${label}: hoàn thành đúng hạn`,
  `${label}: hoàn thành quá hạn`,
  `${label}: đang thực hiện`,
  `${label}: quá hạn`,
  `${label}: tỷ lệ đúng hạn (%)`,
];
const tallyCells = (t: TaskTally) => [t.total, t.due, t.doneOnTime, t.doneLate, t.inProgress, t.overdue, percent(t.onTimeRate)];

/**
 * The scorecards as .xlsx, the numbers of GET /api/scorecards (`agencyScorecards`): one row per body,
 * tasks and report submissions as separate column groups, each with its own on-time rate, and the
 * body's tasks overdue on the date whatever their due date.
 */
export async function scorecardsWorkbook(s: ScorecardsResponse): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = "Đôn Đốc";
  const ws = wb.addWorksheet("Bảng điểm");
  const font = { name: "Times New Roman", size: 12 } as const;
  ws.addRow([
    `Kết quả thực hiện nhiệm vụ và báo cáo định kỳ theo cơ quan, hạn từ ${formatDateVi(s.period.from)} đến ${formatDateVi(s.period.to)} (tính đến ngày ${formatDateVi(s.asOf)}); nhiệm vụ đang quá hạn: ${s.tasksOverdue}`,
  ]).font = { ...font, bold: true };
  ws.addRow([]);
  const header = ["Cơ quan", ...tallyColumns("Nhiệm vụ"), "Nhiệm vụ đang quá hạn", ...tallyColumns("Báo cáo định kỳ")];
  ws.addRow(header).font = { ...font, bold: true };
  header.forEach((_, i) => {
    ws.getColumn(i + 1).width = i === 0 ? 46 : 14;
    ws.getColumn(i + 1).font = font;
  });
  const items = [...s.items].sort((a, b) => b.tasks.total - a.tasks.total || compareVi(a.agencyName, b.agencyName));
  for (const c of items) {
    const cells = [c.agencyName, ...tallyCells(c.tasks), c.tasksOverdueNow, ...tallyCells(c.reports)];
    ws.addRow(sheetRow(cells));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
