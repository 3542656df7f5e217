import { formatDateVi, type MonthlyReport } from "@dondoc/domain";
import ExcelJS from "exceljs";

/** The monthly report's tables as .xlsx (one sheet each), with the same figures as the .docx. */
export async function renderMonthlyXlsx(r: MonthlyReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Đôn Đốc";
  const sheet = (name: string, headers: string[], rows: (string | number | null)[][], widths: number[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
    ws.addRow([`Báo cáo ${r.periodLabel} — số liệu đến ${formatDateVi(r.asOf)}`]).font = { name: "Times New Roman", bold: true, size: 12 };
    ws.addRow(headers).font = { name: "Times New Roman", bold: true, size: 12 };
    for (const row of rows) ws.addRow(row).font = { name: "Times New Roman", size: 12 };
    ws.columns.forEach((c, i) => {
      c.width = widths[i] ?? 14;
    });
  };
  sheet(
    "Theo giai đoạn",
    ["Giai đoạn", "Số cụm", "Diện tích (ha)", "Tổng mức đầu tư (triệu đồng)"],
    [
      ...r.byStage.map((s) => [s.label, s.count, s.areaHa, s.investmentMillionVnd]),
      ["Tổng cộng", r.clusterTotals.count, r.clusterTotals.planAreaHa, r.clusterTotals.investmentMillionVnd],
    ],
    [34, 10, 16, 26],
  );
  sheet(
    "Cụm công nghiệp",
    ["TT", "Cụm công nghiệp", "Huyện cũ", "Xã, phường", "Giai đoạn", "Diện tích (ha)", "Tổng mức đầu tư (triệu đồng)", "Chủ đầu tư"],
    [
      ...r.clusters.map((z, i) => [
        i + 1,
        z.name,
        z.formerDistrict?.name ?? null,
        z.communes.map((c) => c.name).join(", "),
        z.stage,
        z.planAreaHa,
        z.totalInvestmentMillionVnd,
        z.investor?.name ?? null,
      ]),
      [null, "Tổng cộng", null, null, null, r.clusterTotals.planAreaHa, r.clusterTotals.investmentMillionVnd, null],
    ],
    [6, 34, 18, 24, 22, 14, 24, 50],
  );
  sheet(
    "Nhiệm vụ theo cơ quan",
    ["Cơ quan chủ trì", "Tổng", "Đúng hạn", "Quá hạn (đã xong)", "Trong hạn", "Quá hạn"],
    r.tasksByAgency.map((a) => [a.agency, a.total, a.doneOnTime, a.doneLate, a.inProgress, a.overdue]),
    [50, 8, 10, 16, 10, 10],
  );
  sheet(
    "Nhiệm vụ quá hạn",
    ["Nhiệm vụ", "Kỳ", "Văn bản", "Chủ trì", "Hạn", "Trạng thái"],
    r.overdue.map((t) => [
      t.summary,
      t.occurrence.kind === "once" ? null : t.occurrence.label,
      t.document.label,
      t.leads.map((l) => l.name ?? l.text).join(", "),
      formatDateVi(t.effectiveDueDate),
      t.statusLabel,
    ]),
    [60, 14, 26, 40, 12, 24],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
