import { type AnnualReport, formatDateVi, formatNumber, formatPercent, reportNumberLine } from "@dondoc/domain";
import type { Paragraph, Table } from "docx";
import { dataTable, decree30Document, footerBlock, header30, type PrintedIssue, para, run, title30 } from "./decree30";
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

function targetActual(t: AnnualReport["targets"][number]): string {
  const a = t.actual;
  if (!a.computable || a.actual === null) return "—";
  return t.metric === "clustersWithWastewaterPlant" ? formatPercent(a.actual) : formatNumber(a.actual, 2);
}

/**
 * Sở Công Thương's annual report to the provincial committee, as .docx (Decree 30 layout). Its duty
 * is the plan's closing clause (003: "Định kỳ hằng năm, … gửi Sở Công Thương trước ngày 30/11 để
 * tổng hợp, báo cáo UBND tỉnh"), quoted without a section number: the seed's text lost its headings.
 */
export async function renderAnnualDocx(r: AnnualReport, issue: PrintedIssue): Promise<Buffer> {
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
    ...title30(
      "BÁO CÁO",
      `Kết quả thực hiện Phương án phát triển cụm công nghiệp và tình hình các khu, cụm công nghiệp ${r.periodLabel.replace(" ", "\u00a0")}`,
    ),
    para([run("Kính gửi: Ủy ban nhân dân tỉnh Lạng Sơn.", { size: 14 })], { align: center, after: 240 }),
    text14(
      `Thực hiện Kế hoạch thực hiện Phương án phát triển cụm công nghiệp tỉnh Lạng Sơn giai đoạn 2021 - 2030 ban hành kèm theo Quyết định số 609/QĐ-UBND ngày 10/3/2025 của UBND tỉnh (“Định kỳ hằng năm, các sở, ban, ngành liên quan, UBND các huyện, thành phố và các đơn vị báo cáo kết quả thực hiện, gửi Sở Công Thương trước ngày 30/11 để tổng hợp, báo cáo UBND tỉnh theo quy định”), Sở Công Thương báo cáo kết quả ${r.periodLabel}, số liệu tính đến ngày ${formatDateVi(r.asOf)}, như sau:`,
    ),
    section("TÌNH HÌNH CÁC CỤM CÔNG NGHIỆP"),
    ...stageBlocks(r),
    subheading(`Thay đổi giai đoạn trong ${r.periodLabel}`),
    ...(r.stageChanges.length === 0
      ? [text14(`Trong ${r.periodLabel}, không có khu, cụm công nghiệp nào chuyển giai đoạn.`)]
      : [
          text14(`Trong ${r.periodLabel}, có ${r.stageChanges.length} lần chuyển giai đoạn được ghi nhận:`),
          dataTable(
            ["TT", "Khu, cụm công nghiệp", "Giai đoạn trước", "Giai đoạn mới", "Ngày"],
            r.stageChanges.map((c, i) => [String(i + 1), c.name, c.fromLabel, c.toLabel, formatDateVi(c.on)]),
            [6, 32, 24, 24, 14],
          ),
        ]),
    subheading("Tỷ lệ lấp đầy"),
    ...occupancyBlocks(r.occupancy),
    subheading("Các mốc tiến độ chậm so với kế hoạch"),
    ...lateMilestoneBlocks(r.lateMilestones, r.asOf),
    subheading("Tiến độ giải phóng mặt bằng"),
    ...landClearanceBlocks(r.landClearance, `cuối năm trước (${formatDateVi(r.previousAsOf)})`),
    section("KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU CỦA PHƯƠNG ÁN (MỤC III.2)"),
    dataTable(
      ["TT", "Mục tiêu", "Thời hạn", "Thực tế", "Đánh giá"],
      r.targets.map((t, i) => [
        String(i + 1),
        `${t.text}. ${t.actual.explanation}`,
        t.byYear ? String(t.byYear) : "—",
        targetActual(t),
        t.verdictLabel,
      ]),
      [6, 56, 10, 12, 16],
    ),
    section("KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO"),
    ...taskBlocks(r),
    ...collectedSections(section, s, "Các cơ quan, đơn vị không báo cáo khó khăn, vướng mắc."),
    text14(
      "Đề nghị UBND tỉnh chỉ đạo các cơ quan, đơn vị khẩn trương hoàn thành các nhiệm vụ quá hạn; các chủ đầu tư hạ tầng đẩy nhanh tiến độ, hoàn thành hệ thống xử lý nước thải tập trung và phòng cháy, chữa cháy trước khi đưa cụm công nghiệp vào hoạt động, bảo đảm các mục tiêu của Phương án.",
      { after: 360 },
    ),
    footerBlock(
      ["- UBND tỉnh (b/c);", "- Văn phòng UBND tỉnh;", "- Các sở, ngành liên quan;", "- UBND các xã, phường có CCN;", "- Lưu: VT, QLCN."],
      issue.signer,
    ),
  ];
  return decree30Document(`Báo cáo ${r.periodLabel}`, body);
}
