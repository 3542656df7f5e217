import type { Obligation } from "@dondoc/domain";

/**
 * The reporting obligations of the seeds, each with its source document and passage. A deadline or
 * cut-off the text does not state is derived and says so in `inferred` (Decree 09/2019, Art. 8(5):
 * at least one working day between the cut-off and the deadline; a deadline for each level).
 */
const MONTHLY_000 =
  "Giao Sở Công Thương tiếp tục chủ trì, đôn đốc, yêu cầu các sở, ban, ngành, UBND các xã, phường và các đơn vị liên quan báo cáo đầy đủ tình hình triển khai thực hiện các dự án khu công nghiệp, cụm công nghiệp trên địa bàn tỉnh; kịp thời tổng hợp, đánh giá khó khăn, vướng mắc, đề xuất giải pháp xử lý theo thẩm quyền. Định kỳ hằng tháng (trước ngày 20 hằng tháng), tổng hợp, báo cáo UBND tỉnh theo quy định.";
const YEARLY_003 =
  "Định kỳ hằng năm, các sở, ban, ngành liên quan, UBND các huyện, thành phố và các đơn vị báo cáo kết quả thực hiện, gửi Sở Công Thương trước ngày 30/11 để tổng hợp, báo cáo UBND tỉnh theo quy định.";
const TT14 =
  "Chế độ báo cáo định kỳ (Điều 3 Thông tư 14/2024/TT-BCT): thời gian chốt số liệu báo cáo 6 tháng từ 15/12 năm trước đến 14/6, báo cáo năm từ 15/12 năm trước đến 14/12; chủ đầu tư hạ tầng CCN báo cáo (Biểu số 02) trước ngày 20/6 và 20/12; UBND cấp huyện (Biểu số 03) gửi Sở Công Thương; Sở Công Thương (Biểu số 04) báo cáo UBND tỉnh và Bộ Công Thương.";
const ALL_SECTIONS = ["results", "difficulties", "causes", "proposals"] as const;
const D09 = "Nghị định 09/2019/NĐ-CP (chốt số liệu từ ngày 15 tháng trước đến ngày 14)";

/**
 * Sở Công Thương's own monthly report to the provincial committee (000 §5, "trước ngày 20 hằng
 * tháng") is not an obligation here: the notice's task seed-000-t16 already follows it (one
 * occurrence a month, reminders, scorecard), and the product writes that report itself
 * (`report monthly`). Seeding it twice would remind and count Sở Công Thương twice.
 */
export const seedObligations: Obligation[] = [
  {
    id: "bc-thang-000-don-vi",
    title: "Báo cáo hằng tháng tình hình triển khai các dự án khu, cụm công nghiệp (các sở, ngành, xã, chủ đầu tư gửi Sở Công Thương)",
    // "các sở, ban, ngành, UBND các xã, phường và các đơn vị liên quan": those with an open task on a
    // zone, the communes where a zone lies and the zones' investors — not every department
    reporter: {
      kind: "groups",
      groups: ["zone-task-bodies", "communes-with-project", "infrastructure-investors"],
      agencyIds: [],
      wording: "các sở, ban, ngành, UBND các xã, phường và các đơn vị liên quan",
    },
    recipientAgencyId: "so-cong-thuong",
    frequency: "month",
    cutoff: { kind: "decree-09-2019", monthsEarlier: 0 },
    deadline: {
      kind: "working-days-after",
      value: "2",
      event: "ngày chốt số liệu (ngày 14)",
      inferred:
        "Thông báo không nêu hạn gửi Sở Công Thương; suy ra 02 ngày làm việc sau ngày chốt số liệu để Sở kịp tổng hợp, báo cáo UBND tỉnh trước ngày 20 (Nghị định 09/2019, Điều 8 khoản 5)",
    },
    figures: ["land-clearance", "milestones"],
    sections: [...ALL_SECTIONS],
    legalBasis: `Thông báo kết luận (seed 000), mục 5; ${D09}`,
    sourceDocumentId: "seed-000",
    sourcePassage: MONTHLY_000,
    startsOn: "2026-06-01",
    active: true,
  },
  {
    id: "bc-nam-003-don-vi",
    title: "Báo cáo hằng năm kết quả thực hiện Quy hoạch phát triển cụm công nghiệp (các sở, ngành, địa phương gửi Sở Công Thương)",
    reporter: {
      kind: "groups",
      groups: ["cluster-task-bodies", "communes-with-cluster"],
      agencyIds: [],
      wording: "các sở, ban, ngành liên quan, UBND các huyện, thành phố và các đơn vị",
    },
    recipientAgencyId: "so-cong-thuong",
    frequency: "year",
    cutoff: {
      kind: "decree-09-2019",
      monthsEarlier: 1,
      inferred:
        "Văn bản không nêu thời gian chốt số liệu; hạn 30/11 đến trước kỳ chốt năm (14/12) nên lùi một tháng: từ 15/11 năm trước đến 14/11",
    },
    deadline: { kind: "recurring-yearly", value: "11-30", before: true },
    figures: ["land-clearance", "tenant-projects"],
    sections: [...ALL_SECTIONS],
    legalBasis:
      "Quyết định số 609/QĐ-UBND ngày 10/3/2025 ban hành Kế hoạch thực hiện Phương án phát triển cụm công nghiệp tỉnh Lạng Sơn giai đoạn 2021 - 2030 (seed 003), phần tổ chức thực hiện, điểm 2",
    sourceDocumentId: "seed-003",
    sourcePassage: YEARLY_003,
    startsOn: "2025-03-10",
    active: true,
  },
  {
    id: "bc-6thang-tt14-chu-dau-tu",
    title: "Báo cáo 6 tháng, năm về tình hình đầu tư, xây dựng hạ tầng cụm công nghiệp của chủ đầu tư hạ tầng (Biểu số 02)",
    reporter: { kind: "group", group: "cluster-investors", wording: "chủ đầu tư hạ tầng CCN" },
    recipientAgencyId: "so-cong-thuong",
    frequency: "half-year",
    cutoff: { kind: "decree-09-2019", monthsEarlier: 0 },
    deadline: { kind: "recurring-monthly", value: "20", before: true },
    figures: ["land-clearance", "milestones", "tenant-projects"],
    sections: [...ALL_SECTIONS],
    legalBasis: "Thông tư 14/2024/TT-BCT, Điều 3 (trước ngày 20/6 và 20/12); LEGAL-NOTES §1.8",
    sourceDocumentId: "ref-legal-notes",
    sourcePassage: TT14,
    startsOn: "2025-07-01",
    active: true,
  },
  {
    id: "bc-6thang-tt14-xa",
    title: "Báo cáo 6 tháng, năm về tình hình cụm công nghiệp trên địa bàn (UBND xã, phường gửi Sở Công Thương, Biểu số 03)",
    reporter: { kind: "group", group: "communes-with-cluster", wording: "UBND cấp huyện (từ 01/7/2025: UBND cấp xã có cụm công nghiệp)" },
    recipientAgencyId: "so-cong-thuong",
    frequency: "half-year",
    cutoff: { kind: "decree-09-2019", monthsEarlier: 0 },
    deadline: {
      kind: "recurring-monthly",
      value: "25",
      before: true,
      inferred:
        "Thông tư giao UBND cấp huyện; từ 01/7/2025 không còn cấp huyện nên giao UBND cấp xã có cụm công nghiệp; hạn suy ra sau hạn của chủ đầu tư (trước ngày 25/6 và 25/12)",
    },
    figures: ["land-clearance"],
    sections: [...ALL_SECTIONS],
    legalBasis: "Thông tư 14/2024/TT-BCT, Điều 3 (Biểu số 03); LEGAL-NOTES §1.8, §1.10",
    sourceDocumentId: "ref-legal-notes",
    sourcePassage: TT14,
    startsOn: "2025-07-01",
    active: true,
  },
  {
    id: "bc-6thang-tt14-sct-ubnd",
    title: "Báo cáo 6 tháng, năm của Sở Công Thương về tình hình cụm công nghiệp gửi UBND tỉnh (Biểu số 04)",
    reporter: { kind: "agency", agencyIds: ["so-cong-thuong"] },
    recipientAgencyId: "ubnd-tinh",
    frequency: "half-year",
    cutoff: { kind: "decree-09-2019", monthsEarlier: 0 },
    deadline: { kind: "recurring-monthly", value: "30", inferred: "Thông tư không nêu rõ hạn của Sở; suy ra cuối tháng 6 và tháng 12" },
    figures: ["land-clearance", "milestones", "tenant-projects"],
    sections: [...ALL_SECTIONS],
    legalBasis: "Thông tư 14/2024/TT-BCT, Điều 3 (Biểu số 04); LEGAL-NOTES §1.8",
    sourceDocumentId: "ref-legal-notes",
    sourcePassage: TT14,
    startsOn: "2025-07-01",
    active: true,
  },
  {
    id: "bc-6thang-tt14-sct-bo",
    title: "Báo cáo 6 tháng, năm của Sở Công Thương về tình hình cụm công nghiệp gửi Bộ Công Thương (Biểu số 04)",
    reporter: { kind: "agency", agencyIds: ["so-cong-thuong"] },
    recipientAgencyId: "bo-cong-thuong",
    frequency: "half-year",
    cutoff: { kind: "decree-09-2019", monthsEarlier: 0 },
    deadline: { kind: "recurring-monthly", value: "30", inferred: "Thông tư không nêu rõ hạn của Sở; suy ra cuối tháng 6 và tháng 12" },
    figures: ["land-clearance", "milestones", "tenant-projects"],
    sections: [...ALL_SECTIONS],
    legalBasis: "Thông tư 14/2024/TT-BCT, Điều 3 (Biểu số 04); LEGAL-NOTES §1.8",
    sourceDocumentId: "ref-legal-notes",
    sourcePassage: TT14,
    startsOn: "2025-07-01",
    active: true,
  },
];

/** The Ministry receives the half-yearly report of Circular 14/2024; it is not in the notices' agency lists. */
export const ministryAgency = {
  id: "bo-cong-thuong",
  name: "Bộ Công Thương",
  kind: "ministry",
  sourceDocumentId: "ref-legal-notes",
  sourcePassage: "Sở Công Thương (Biểu số 04) báo cáo UBND tỉnh và Bộ Công Thương (LEGAL-NOTES §1.8)",
};
