import {
  landClearanceLabels,
  landClearanceMetrics,
  milestoneKinds,
  milestoneLabels,
  tenantProjectStatuses,
  tenantProjectStatusLabels,
} from "@dondoc/domain";
import { newWorkbook } from "../../files/workbook";

/**
 * The monthly figures workbook: one sheet per kind of figure, a row of Vietnamese headers, a row
 * explaining each column, data from row 3. The template and the import share these definitions.
 */
export interface SheetColumn {
  key: string;
  header: string;
  help: string;
  width: number;
  kind: "text" | "date" | "number" | "integer";
}
export interface SheetDef {
  key: "landClearance" | "milestones" | "tenantProjects";
  name: string;
  columns: SheetColumn[];
}

export const HEADER_ROW = 1;
export const HELP_ROW = 2;
export const FIRST_DATA_ROW = 3;

const zoneCol: SheetColumn = {
  key: "zone",
  header: "Khu, cụm",
  help: "Mã (vd. ccn-hoa-son-1) hoặc tên đúng như trong sổ đăng ký",
  width: 30,
  kind: "text",
};
const reportedOnCol: SheetColumn = {
  key: "reportedOn",
  header: "Ngày báo cáo",
  help: "dd/mm/yyyy; số liệu lũy kế đến ngày này; không sau hôm nay",
  width: 14,
  kind: "date",
};
const noteCol: SheetColumn = { key: "note", header: "Ghi chú", help: "Không bắt buộc", width: 30, kind: "text" };

export const progressSheets: SheetDef[] = [
  {
    key: "landClearance",
    name: "Giải phóng mặt bằng",
    columns: [
      zoneCol,
      { key: "unit", header: "Xã, phường", help: "Tên xã, phường (từ 01/7/2025) nơi thực hiện", width: 22, kind: "text" },
      reportedOnCol,
      ...landClearanceMetrics.map(
        (m): SheetColumn => ({
          key: m,
          header: landClearanceLabels[m],
          help:
            m === "moneyPaidMillionVnd" || m.endsWith("Ha") ? "Số lũy kế, không âm; để trống nếu chưa có" : "Số nguyên lũy kế, không âm",
          width: 16,
          kind: m === "moneyPaidMillionVnd" || m.endsWith("Ha") ? "number" : "integer",
        }),
      ),
      noteCol,
    ],
  },
  {
    key: "milestones",
    name: "Mốc tiến độ",
    columns: [
      zoneCol,
      {
        key: "project",
        header: "Dự án thứ cấp",
        help: "Để trống nếu là mốc của hạ tầng khu, cụm; nếu không: mã hoặc tên dự án",
        width: 26,
        kind: "text",
      },
      {
        key: "milestone",
        header: "Mốc tiến độ",
        help: `Một trong: ${milestoneKinds.map((k) => milestoneLabels[k].vi).join("; ")}`,
        width: 30,
        kind: "text",
      },
      { key: "plannedOn", header: "Ngày kế hoạch", help: "dd/mm/yyyy", width: 14, kind: "date" },
      {
        key: "actualOn",
        header: "Ngày hoàn thành thực tế",
        help: "dd/mm/yyyy; để trống nếu chưa xong; không sau hôm nay",
        width: 16,
        kind: "date",
      },
      reportedOnCol,
      noteCol,
    ],
  },
  {
    key: "tenantProjects",
    name: "Dự án thứ cấp",
    columns: [
      zoneCol,
      { key: "project", header: "Mã dự án", help: "Để trống khi khai báo dự án mới", width: 10, kind: "integer" },
      { key: "name", header: "Tên dự án", help: "Bắt buộc với dự án mới", width: 30, kind: "text" },
      { key: "investorName", header: "Nhà đầu tư", help: "Bắt buộc với dự án mới", width: 26, kind: "text" },
      reportedOnCol,
      {
        key: "status",
        header: "Tình trạng",
        help: `Một trong: ${tenantProjectStatuses.map((s) => tenantProjectStatusLabels[s].vi).join("; ")}`,
        width: 24,
        kind: "text",
      },
      { key: "areaHa", header: "Diện tích (ha)", help: "Không âm; không vượt đất công nghiệp của khu, cụm", width: 12, kind: "number" },
      { key: "registeredCapitalMillionVnd", header: "Vốn đăng ký (triệu đồng)", help: "Không âm", width: 16, kind: "number" },
      { key: "disbursedCapitalMillionVnd", header: "Vốn đã giải ngân (triệu đồng)", help: "Không âm", width: 16, kind: "number" },
      { key: "jobs", header: "Số lao động", help: "Số nguyên, không âm", width: 12, kind: "integer" },
      noteCol,
    ],
  },
];

/** The empty workbook to fill in (GET /api/progress/template.xlsx). */
export async function progressTemplate(): Promise<Uint8Array> {
  const wb = await newWorkbook();
  wb.creator = "Đôn Đốc";
  for (const sheet of progressSheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: HELP_ROW }] });
    ws.columns = sheet.columns.map((c) => ({ key: c.key, width: c.width }));
    const header = ws.getRow(HEADER_ROW);
    const help = ws.getRow(HELP_ROW);
    sheet.columns.forEach((c, i) => {
      header.getCell(i + 1).value = c.header;
      help.getCell(i + 1).value = c.help;
      if (c.kind === "date") ws.getColumn(i + 1).numFmt = "dd/mm/yyyy";
    });
    header.font = { bold: true, name: "Times New Roman" };
    help.font = { italic: true, color: { argb: "FF666666" }, name: "Times New Roman" };
    help.alignment = { wrapText: true, vertical: "top" };
  }
  const guide = wb.addWorksheet("Hướng dẫn");
  guide.getColumn(1).width = 110;
  [
    "Nhập số liệu tháng: mỗi trang tính một loại số liệu; dòng 1 là tiêu đề, dòng 2 là giải thích, số liệu từ dòng 3.",
    "Tệp được nhập tất cả hoặc không dòng nào: nếu có lỗi, hệ thống liệt kê lỗi theo trang, dòng và cột, chưa ghi gì.",
    "Ngày ghi dd/mm/yyyy. Số thập phân dùng dấu phẩy (8,5) hoặc nhập ô kiểu số.",
    "Chỉ nhập số liệu của khu, cụm (và xã, phường) mà tài khoản được phân công.",
  ].forEach((line, i) => {
    guide.getCell(`A${i + 1}`).value = line;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
