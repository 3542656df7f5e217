import { formatDateVi, formatNumber, type MonthlyReport, zoneStageLabels } from "@dondoc/domain";
import { AlignmentType, Document, Packer, type Paragraph, type Table } from "docx";
import { dataTable, FONT, footerBlock, header30, PAGE, pageNumbering, para, run } from "./decree30";

/** Sở Công Thương's monthly consolidated report to the provincial committee, as .docx (Decree 30 layout). */
export async function renderMonthlyDocx(r: MonthlyReport, issuedOn: string): Promise<Buffer> {
  const n = (v: number | null, d = 2) => formatNumber(v, d);
  const body: (Paragraph | Table)[] = [
    header30({
      parent: "UBND TỈNH LẠNG SƠN",
      issuer: "SỞ CÔNG THƯƠNG",
      numberLine: "Số:        /BC-SCT",
      place: "Lạng Sơn",
      date: issuedOn,
    }),
    para([run("BÁO CÁO", { bold: true, size: 14 })], { align: AlignmentType.CENTER, before: 360, after: 0 }),
    para([run(`Tình hình triển khai các dự án khu, cụm công nghiệp trên địa bàn tỉnh ${r.periodLabel}`, { bold: true, size: 14 })], {
      align: AlignmentType.CENTER,
      after: 360,
    }),
    para([run("Kính gửi: Ủy ban nhân dân tỉnh Lạng Sơn.", { size: 14 })], { align: AlignmentType.CENTER, after: 240 }),
    para(
      [
        run(
          `Thực hiện Thông báo kết luận của Thường trực UBND tỉnh (giao Sở Công Thương định kỳ hằng tháng, trước ngày 20, tổng hợp tình hình triển khai các dự án khu, cụm công nghiệp), Sở Công Thương báo cáo số liệu tính đến ngày ${formatDateVi(r.asOf)} như sau:`,
          { size: 14 },
        ),
      ],
      { indent: true },
    ),
    para([run("I. TÌNH HÌNH CÁC CỤM CÔNG NGHIỆP", { bold: true, size: 14 })], { before: 120 }),
    para(
      [
        run(
          `Theo Phương án phát triển cụm công nghiệp giai đoạn 2021 - 2030 (QĐ số 609/QĐ-UBND ngày 10/03/2025), toàn tỉnh triển khai ${r.clusterTotals.count} cụm công nghiệp với tổng diện tích ${n(r.clusterTotals.planAreaHa)} ha, tổng mức đầu tư ${n(r.clusterTotals.investmentMillionVnd, 0)} triệu đồng. Theo giai đoạn:`,
          { size: 14 },
        ),
      ],
      { indent: true },
    ),
    dataTable(
      ["Giai đoạn", "Số cụm", "Diện tích (ha)", "Tổng mức đầu tư (triệu đồng)"],
      [
        ...r.byStage.map((s) => [s.label, String(s.count), n(s.areaHa), n(s.investmentMillionVnd, 0)]),
        ["Tổng cộng", String(r.clusterTotals.count), n(r.clusterTotals.planAreaHa), n(r.clusterTotals.investmentMillionVnd, 0)],
      ],
      [46, 12, 18, 24],
    ),
    para([run("Danh sách các cụm công nghiệp:", { italics: true, size: 14 })], { before: 200 }),
    dataTable(
      ["TT", "Cụm công nghiệp", "Huyện cũ / xã, phường", "Giai đoạn", "Diện tích (ha)", "Chủ đầu tư"],
      [
        ...r.clusters.map((z, i) => [
          String(i + 1),
          z.name,
          [z.formerDistrict?.name, z.communes.map((c) => c.name).join(", ")].filter(Boolean).join(" / "),
          zoneStageLabels[z.stage].vi,
          n(z.planAreaHa),
          z.investor?.name ?? "Chưa có",
        ]),
        ["", "Tổng cộng", "", "", n(r.clusterTotals.planAreaHa), ""],
      ],
      [6, 22, 24, 14, 10, 24],
    ),
    para([run("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO", { bold: true, size: 14 })], { before: 240 }),
    para(
      [
        run(
          `Tổng số ${r.taskTotals.total} nhiệm vụ (tính cả từng kỳ của nhiệm vụ định kỳ): hoàn thành đúng hạn ${r.taskTotals.doneOnTime}, hoàn thành quá hạn ${r.taskTotals.doneLate}, đang thực hiện trong hạn ${r.taskTotals.inProgress}, quá hạn chưa hoàn thành ${r.taskTotals.overdue}, thường xuyên hoặc không có thời hạn ${r.taskTotals.continuous}.`,
          { size: 14 },
        ),
      ],
      { indent: true },
    ),
    dataTable(
      ["Cơ quan chủ trì", "Tổng", "Đúng hạn", "Quá hạn (đã xong)", "Trong hạn", "Quá hạn"],
      r.tasksByAgency.map((a) => [
        a.agency,
        String(a.total),
        String(a.doneOnTime),
        String(a.doneLate),
        String(a.inProgress),
        String(a.overdue),
      ]),
      [40, 10, 12, 14, 12, 12],
    ),
    para([run("Các nhiệm vụ quá hạn chưa hoàn thành:", { italics: true, size: 14 })], { before: 200 }),
    dataTable(
      ["TT", "Nhiệm vụ", "Văn bản", "Chủ trì", "Hạn", "Trạng thái"],
      r.overdue.map((t, i) => [
        String(i + 1),
        `${t.summary}${t.occurrence.kind === "once" ? "" : ` (${t.occurrence.label})`}`,
        t.document.label,
        t.leads.map((l) => l.name ?? l.text).join(", "),
        formatDateVi(t.effectiveDueDate),
        t.statusLabel,
      ]),
      [6, 34, 16, 20, 10, 14],
    ),
    para([run("III. KIẾN NGHỊ, ĐỀ XUẤT", { bold: true, size: 14 })], { before: 240 }),
    para(
      [
        run(
          "Đề nghị UBND tỉnh chỉ đạo các cơ quan, đơn vị có nhiệm vụ quá hạn nêu tại mục II khẩn trương hoàn thành và báo cáo kết quả; các chủ đầu tư hạ tầng đẩy nhanh tiến độ đầu tư, hoàn thành hệ thống xử lý nước thải tập trung trước khi đưa cụm công nghiệp vào hoạt động.",
          { size: 14 },
        ),
      ],
      { indent: true, after: 360 },
    ),
    footerBlock(
      ["- UBND tỉnh (b/c);", "- Văn phòng UBND tỉnh;", "- Các sở, ngành liên quan;", "- Lưu: VT, QLCN."],
      ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
      "",
    ),
  ];
  const doc = new Document({
    creator: "Đôn Đốc",
    title: `Báo cáo ${r.periodLabel}`,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [{ properties: { page: PAGE, titlePage: true }, ...pageNumbering, children: body }],
  });
  return Packer.toBuffer(doc);
}
