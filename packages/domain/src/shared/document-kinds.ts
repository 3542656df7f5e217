/**
 * The kinds of documents the registry records, as written in full ("Thông báo") or abbreviated in
 * document numbers ("TB", Decree 30/2020 Appendix III), with their English names for English pages.
 * A kind outside the list is shown as written.
 */
const kinds: readonly (readonly [full: string, abbreviation: string | null, english: string])[] = [
  ["Nghị quyết", "NQ", "Resolution"],
  ["Quyết định", "QĐ", "Decision"],
  ["Chỉ thị", "CT", "Directive"],
  ["Quy chế", "QC", "Regulation"],
  ["Quy định", "QyĐ", "Rules"],
  ["Thông cáo", "TC", "Press release"],
  ["Thông báo", "TB", "Notice"],
  ["Hướng dẫn", "HD", "Guidance"],
  ["Chương trình", "CTr", "Programme"],
  ["Kế hoạch", "KH", "Plan"],
  ["Phương án", "PA", "Scheme"],
  ["Đề án", "ĐA", "Project proposal"],
  ["Dự án", "DA", "Project"],
  ["Báo cáo", "BC", "Report"],
  ["Biên bản", "BB", "Minutes"],
  ["Tờ trình", "TTr", "Submission"],
  ["Hợp đồng", "HĐ", "Contract"],
  ["Công văn", null, "Official letter"],
  ["Công điện", "CĐ", "Official dispatch"],
  ["Bản ghi nhớ", "BGN", "Memorandum"],
  ["Bản thỏa thuận", "BTT", "Agreement"],
  ["Giấy ủy quyền", "GUQ", "Power of attorney"],
  ["Giấy mời", "GM", "Invitation"],
  ["Giấy giới thiệu", "GGT", "Letter of introduction"],
  ["Giấy nghỉ phép", "GNP", "Leave permit"],
  ["Phiếu gửi", "PG", "Dispatch slip"],
  ["Phiếu chuyển", "PC", "Transfer slip"],
  ["Phiếu báo", "PB", "Notification slip"],
  ["Luật", null, "Law"],
  ["Nghị định", "NĐ", "Decree"],
  ["Thông tư", "TT", "Circular"],
  ["Văn bản", null, "Document"],
  ["Bài báo", null, "Article"],
  ["Dữ liệu", null, "Data set"],
  ["Nghiên cứu", null, "Study"],
];

export const documentKindLabels: Readonly<Record<string, { vi: string; en: string }>> = Object.fromEntries(
  kinds.flatMap(([vi, abbreviation, en]) => [[vi, { vi, en }] as const, ...(abbreviation ? [[abbreviation, { vi, en }] as const] : [])]),
);

/** The kind of a document in `lang`: "Thông báo" or "TB" → "Notice" in English; in Vietnamese, and an unknown kind, as written. */
export function documentKindLabel(kind: string, lang: "vi" | "en"): string {
  if (lang === "vi") return kind;
  return documentKindLabels[kind.normalize("NFC").trim()]?.en ?? kind;
}
