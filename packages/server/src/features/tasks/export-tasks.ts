import { formatDateVi, type TaskLine } from "@dondoc/domain";
import { sheetRow } from "../../files/export-cells";
import { newWorkbook } from "../../files/workbook";

/** Any task list as .xlsx, as shown: document, task, leads, deadline, status as of the date. */
export async function exportTaskLines(lines: TaskLine[], asOf: string): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = "Đôn Đốc";
  const ws = wb.addWorksheet("Nhiệm vụ", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { header: "Văn bản", key: "document", width: 26 },
    { header: "Số TT", key: "ordinal", width: 7 },
    { header: "Nội dung", key: "subject", width: 28 },
    { header: "Nhiệm vụ", key: "summary", width: 60 },
    { header: "Chủ trì", key: "leads", width: 36 },
    { header: "Phối hợp", key: "coordinators", width: 30 },
    { header: "Thời hạn", key: "rule", width: 24 },
    { header: "Kỳ", key: "period", width: 18 },
    { header: "Hạn", key: "due", width: 12 },
    { header: `Trạng thái (đến ${formatDateVi(asOf)})`, key: "status", width: 28 },
  ];
  for (const c of ws.columns) c.font = { name: "Times New Roman", size: 12 };
  ws.getRow(1).font = { name: "Times New Roman", size: 12, bold: true };
  for (const l of lines) {
    ws.addRow(
      sheetRow({
        document: l.document.label,
        ordinal: l.ordinal,
        subject: l.subject,
        summary: l.summary,
        leads: l.leads.map((x) => x.name ?? x.text).join("; "),
        coordinators: l.coordinators.map((x) => x.name ?? x.text).join("; "),
        rule: l.ruleLabel,
        period: l.occurrence.kind === "once" ? "" : l.occurrence.label,
        due: l.effectiveDueDate ? formatDateVi(l.effectiveDueDate) : "",
        status: l.statusLabel,
      }),
    );
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columns.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
