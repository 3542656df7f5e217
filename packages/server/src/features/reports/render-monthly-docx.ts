import { formatDateVi, type MonthlyReport, reportNumberLine } from "@dondoc/domain";
import type { Paragraph, Table } from "docx";
import { decree30Document, footerBlock, header30, type PrintedIssue, para, run, title30 } from "./decree30";
import {
  center,
  collectedSections,
  landClearanceBlocks,
  lateMilestoneBlocks,
  numbering,
  occupancyBlocks,
  stageBlocks,
  subheading,
  taskBlocks,
  text14,
} from "./report-sections";

/** Sở Công Thương's monthly consolidated report to the provincial committee, as .docx (Decree 30 layout). */
export async function renderMonthlyDocx(r: MonthlyReport & { periodFrom: string }, issue: PrintedIssue): Promise<Buffer> {
  const section = numbering();
  const s = r.submissions;
  const body: (Paragraph | Table)[] = [
    header30({
      parent: "UBND TỈNH LẠNG SƠN",
      issuer: "SỞ CÔNG THƯƠNG",
      numberLine: reportNumberLine(issue.number),
      place: "Lạng Sơn",
      date: issue.issuedOn,
    }),
    // "tháng 11/2026" held together: the title never wraps between "tháng" and its number
    ...title30("BÁO CÁO", `Tình hình triển khai các dự án khu, cụm công nghiệp trên địa bàn tỉnh ${r.periodLabel.replace(" ", "\u00a0")}`),
    para([run("Kính gửi: Ủy ban nhân dân tỉnh Lạng Sơn.", { size: 14 })], { align: center, after: 240 }),
    text14(
      // 000 as it words itself: a notice of UBND tỉnh (/TB-UBND, June 2026) of the Standing Vice-Chairman's conclusion
      `Thực hiện Thông báo của UBND tỉnh (tháng 6/2026) về Kết luận của đồng chí Đinh Hữu Học, Phó Chủ tịch Thường trực UBND tỉnh tại cuộc kiểm tra tiến độ triển khai các dự án: Cụm công nghiệp Hoà Sơn 1, Cụm công nghiệp Hồ Sơn 1 và Khu công nghiệp VSIP Lạng Sơn ngày 29/5/2026 (giao Sở Công Thương: “Định kỳ hằng tháng (trước ngày 20 hằng tháng), tổng hợp, báo cáo UBND tỉnh theo quy định”), Sở Công Thương báo cáo số liệu từ ngày ${formatDateVi(r.periodFrom)} đến ngày ${formatDateVi(r.asOf)} như sau:`,
    ),
    section("TÌNH HÌNH CÁC CỤM CÔNG NGHIỆP"),
    ...stageBlocks(r),
    subheading("Tỷ lệ lấp đầy"),
    ...occupancyBlocks(r.occupancy),
    subheading("Các mốc tiến độ chậm so với kế hoạch"),
    ...lateMilestoneBlocks(r.lateMilestones, r.asOf),
    subheading("Tiến độ giải phóng mặt bằng"),
    ...landClearanceBlocks(r.landClearance, `kỳ báo cáo trước (${formatDateVi(r.landClearance.previousAsOf)})`),
    section("KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO"),
    ...taskBlocks(r),
    ...collectedSections(section, s, "Các cơ quan, đơn vị không báo cáo khó khăn, vướng mắc trong kỳ."),
    text14(
      "Đề nghị UBND tỉnh chỉ đạo các cơ quan, đơn vị có nhiệm vụ quá hạn nêu tại mục II khẩn trương hoàn thành và báo cáo kết quả; các chủ đầu tư hạ tầng đẩy nhanh tiến độ đầu tư, hoàn thành hệ thống xử lý nước thải tập trung trước khi đưa cụm công nghiệp vào hoạt động.",
      { after: 360 },
    ),
    footerBlock(["- UBND tỉnh (b/c);", "- Văn phòng UBND tỉnh;", "- Các sở, ngành liên quan;", "- Lưu: VT, QLCN."], issue.signer),
  ];
  return decree30Document(`Báo cáo ${r.periodLabel}`, body);
}
