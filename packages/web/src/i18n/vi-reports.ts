/** Texts of the generated reports page (monthly, annual, briefing pack). */
export const viReports = {
  "nav.reports": "Báo cáo",
  "reports.title": "Báo cáo",
  "reports.intro":
    "Báo cáo do hệ thống lập từ số liệu đã ghi nhận đến ngày cuối kỳ; lập lại cho kỳ cũ vẫn ra đúng như cũ dù số liệu được nhập sau.",
  "reports.downloadDocx": "Tải .docx",
  "reports.downloadXlsx": "Tải .xlsx",
  "reports.monthly.title": "Báo cáo tháng gửi UBND tỉnh",
  "reports.monthly.hint":
    "Theo Nghị định 30/2020: tình hình khu, cụm công nghiệp, tỷ lệ lấp đầy, mốc chậm, giải phóng mặt bằng, nhiệm vụ, báo cáo đã nhận, khó khăn và kiến nghị.",
  "reports.monthly.period": "Kỳ báo cáo (tháng)",
  "reports.annual.title": "Báo cáo năm",
  "reports.annual.hint":
    "Kết quả thực hiện Phương án phát triển cụm công nghiệp (QĐ 609: các đơn vị báo cáo Sở Công Thương trước ngày 30/11): mục tiêu so với thực tế, thay đổi trong năm.",
  "reports.annual.year": "Năm báo cáo",
  "reports.briefing.title": "Tài liệu phục vụ cuộc họp",
  "reports.briefing.hint":
    "Cho từng khu, cụm trong chương trình họp: số liệu chính, nhiệm vụ chưa xong và quá hạn, mốc chậm, giải phóng mặt bằng, thay đổi từ lần họp trước.",
  "reports.briefing.forMeeting": "Theo cuộc họp",
  "reports.briefing.forZone": "Theo khu, cụm",
  "reports.briefing.pickMeeting": "Chọn cuộc họp",
  "reports.briefing.pickZone": "Chọn khu, cụm",
  "reports.issue.hint":
    "Phát hành: ghi số, ngày và người ký (lãnh đạo Sở Công Thương); hệ thống ghi hoàn thành kỳ báo cáo này của Sở kèm tệp .docx.",
  "reports.issue.number": "Số báo cáo",
  "reports.issue.numberRequired": "Cần ghi số báo cáo.",
  "reports.issue.date": "Ngày phát hành",
  "reports.issue.signer": "Người ký",
  "reports.issue.signerRequired": "Cần chọn người ký.",
  "reports.issue.newSigner": "Người ký khác (ghi họ tên, chức vụ)",
  "reports.issue.signerName": "Họ tên người ký",
  "reports.issue.signerTitle": "Chức vụ",
  "reports.issue.submit": "Phát hành báo cáo tháng {period}",
  "reports.issue.done": "Đã phát hành báo cáo tháng {period}, số {number}/BC-SCT.",
} as const;
