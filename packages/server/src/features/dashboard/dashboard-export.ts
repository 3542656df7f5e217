import type { Dashboard } from "@dondoc/domain";
import { formatDateVi, submissionStatuses, submissionStatusLabels, taskStatuses, taskStatusLabels } from "@dondoc/domain";
import type ExcelJS from "exceljs";
import { sheetRow } from "../../files/export-cells";
import { newWorkbook } from "../../files/workbook";

const FONT = { name: "Times New Roman", size: 12 } as const;

function sheet(wb: ExcelJS.Workbook, name: string, title: string, columns: { header: string; key: string; width: number }[]) {
  const ws = wb.addWorksheet(name);
  ws.addRow([title]).font = { ...FONT, bold: true };
  ws.addRow([]);
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { ...FONT, bold: true };
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
    ws.getColumn(i + 1).font = FONT;
  });
  return (row: Record<string, unknown>) => ws.addRow(columns.map((c) => sheetRow(row)[c.key] ?? null));
}

/**
 * The leaders' dashboard as .xlsx, one sheet per block of the page, with the same numbers as
 * GET /api/dashboard (it is built from that answer): clusters by stage, occupancy, tasks by status,
 * overdue by agency, land clearance, targets, report submissions, changes since the chosen date.
 */
export async function dashboardWorkbook(d: Dashboard): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = "Đôn Đốc";
  const asOf = formatDateVi(d.asOf);

  const stages = sheet(wb, "Khu, cụm", `Cụm công nghiệp theo giai đoạn (đến ngày ${asOf})`, [
    { header: "Giai đoạn", key: "label", width: 44 },
    { header: "Số cụm", key: "count", width: 10 },
    { header: "Diện tích (ha)", key: "areaHa", width: 16 },
    { header: "Tổng vốn đầu tư (triệu đồng)", key: "investment", width: 28 },
  ]);
  for (const s of d.zones.byStage) stages({ label: s.label, count: s.count, areaHa: s.areaHa, investment: s.investmentMillionVnd });
  stages({ label: "Tổng cộng", count: d.zones.clusters, areaHa: d.zones.planAreaHa, investment: d.zones.planInvestmentMillionVnd });
  stages({ label: "Khu công nghiệp, khu kinh tế", count: d.zones.industrialZones, areaHa: d.zones.industrialZonesAreaHa });

  const occupancy = sheet(wb, "Tỷ lệ lấp đầy", `Tỷ lệ lấp đầy (${d.occupancy.length}/${d.occupancyCount} cụm lấp đầy nhất)`, [
    { header: "Cụm công nghiệp", key: "name", width: 40 },
    { header: "Tỷ lệ lấp đầy (%)", key: "percent", width: 18 },
    { header: "Đất đã cho thuê (ha)", key: "leasedHa", width: 20 },
    { header: "Đất công nghiệp (ha)", key: "industrialLandHa", width: 20 },
    { header: "Số doanh nghiệp", key: "enterprises", width: 16 },
  ]);
  for (const o of d.occupancy)
    occupancy({
      ...o,
      percent: o.occupancy === null ? null : Math.round(o.occupancy * 10_000) / 100,
    });

  const tasks = sheet(wb, "Nhiệm vụ", `Nhiệm vụ theo trạng thái (đến ngày ${asOf})`, [
    { header: "Trạng thái", key: "label", width: 36 },
    { header: "Số nhiệm vụ", key: "count", width: 14 },
  ]);
  for (const s of taskStatuses) tasks({ label: taskStatusLabels[s], count: d.tasks.byStatus[s] });
  tasks({ label: "Tổng cộng", count: d.tasks.total });

  const overdue = sheet(wb, "Quá hạn theo cơ quan", "Nhiệm vụ quá hạn theo cơ quan chủ trì", [
    { header: "Cơ quan chủ trì", key: "agency", width: 50 },
    { header: "Số nhiệm vụ quá hạn", key: "count", width: 20 },
  ]);
  for (const r of d.overdueByAgency) overdue(r);

  const clearance = sheet(wb, "Giải phóng mặt bằng", "Giải phóng mặt bằng (lũy kế)", [
    { header: "Khu, cụm", key: "name", width: 40 },
    { header: "Diện tích (ha)", key: "areaHa", width: 14 },
    { header: "Đã thu hồi (ha)", key: "recovered", width: 16 },
    { header: "Đã bàn giao (ha)", key: "handedOver", width: 16 },
    { header: "Hộ đã chi trả", key: "paid", width: 14 },
    { header: "Tiền đã chi trả (triệu đồng)", key: "money", width: 26 },
  ]);
  for (const c of d.landClearance)
    clearance({
      name: c.name,
      areaHa: c.areaHa,
      recovered: c.totals.areaRecoveredHa,
      handedOver: c.totals.areaHandedOverHa,
      paid: c.totals.householdsPaid,
      money: c.totals.moneyPaidMillionVnd,
    });

  const targets = sheet(wb, "Mục tiêu", "Mục tiêu của quy hoạch so với thực tế", [
    { header: "Mục tiêu", key: "text", width: 70 },
    { header: "Năm", key: "byYear", width: 8 },
    { header: "Mục tiêu (số)", key: "goal", width: 14 },
    { header: "Thực tế (số)", key: "actual", width: 14 },
    { header: "Đạt", key: "met", width: 8 },
    { header: "Cách tính", key: "explanation", width: 60 },
  ]);
  for (const t of d.targets)
    targets({
      text: t.text,
      byYear: t.byYear,
      goal: t.actual.goal,
      actual: t.actual.actual,
      met: t.actual.met === null ? "" : t.actual.met ? "Đạt" : "Chưa đạt",
      explanation: t.actual.explanation,
    });

  const submissions = sheet(wb, "Báo cáo định kỳ", "Báo cáo định kỳ của kỳ đang thu", [
    { header: "Báo cáo", key: "title", width: 50 },
    { header: "Kỳ", key: "label", width: 20 },
    { header: "Hạn", key: "due", width: 12 },
    { header: "Phải gửi", key: "expected", width: 10 },
    ...submissionStatuses.map((s) => ({ header: submissionStatusLabels[s].vi, key: s, width: 14 })),
  ]);
  for (const s of d.submissions)
    submissions({ ...s.counts, title: s.title, label: s.label, due: formatDateVi(s.dueDate), expected: s.expected });

  const changes = sheet(wb, "Thay đổi", `Thay đổi từ ngày ${formatDateVi(d.since)}`, [
    { header: "Nội dung", key: "what", width: 44 },
    { header: "Số lượng", key: "n", width: 12 },
  ]);
  const c = d.changedSince;
  changes({ what: "Số liệu khu, cụm được cập nhật", n: c.zoneFigures });
  changes({ what: "Khu, cụm có thay đổi", n: c.zonesChangedCount });
  changes({ what: "Cập nhật nhiệm vụ", n: c.taskUpdates });
  changes({ what: "Hoàn thành được xác nhận", n: c.completionsConfirmed });
  changes({ what: "Bản ghi giải phóng mặt bằng", n: c.landClearanceEntries });
  changes({ what: "Báo cáo định kỳ đã gửi", n: c.reportsSubmitted });

  return Buffer.from(await wb.xlsx.writeBuffer());
}
