import { type AnnualReport, formatDateVi } from "@dondoc/domain";
import { newWorkbook } from "../../files/workbook";
import { addSheet, baseSheets, progressSheets } from "./report-sections";

/** The annual report's tables as .xlsx, with the same figures as the .docx. */
export async function renderAnnualXlsx(r: AnnualReport): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = "Đôn Đốc";
  wb.created = wb.modified = new Date(`${r.asOf}T00:00:00+07:00`);
  const title = `Báo cáo ${r.periodLabel} — số liệu đến ${formatDateVi(r.asOf)}`;
  baseSheets(wb, title, r);
  addSheet(
    wb,
    title,
    "Thay đổi giai đoạn",
    ["Khu, cụm công nghiệp", "Giai đoạn trước", "Giai đoạn mới", "Ngày"],
    r.stageChanges.map((c) => [c.name, c.fromLabel, c.toLabel, formatDateVi(c.on)]),
    [34, 30, 30, 12],
  );
  addSheet(
    wb,
    title,
    "Mục tiêu",
    ["Mục tiêu", "Thời hạn", "Thực tế", "Chỉ tiêu", "Đánh giá", "Giải thích"],
    r.targets.map((t) => [t.text, t.byYear, t.actual.actual, t.actual.goal, t.verdictLabel, t.actual.explanation]),
    [70, 10, 10, 10, 10, 70],
  );
  progressSheets(wb, title, r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
