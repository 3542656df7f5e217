/**
 * The source documents every seeded figure points back to. Ids are stable: provenance rows
 * reference them. Files: shared/seeds/ (copied texts are not needed at run time).
 */
export interface SeedDocument {
  id: string;
  type: string;
  number: string | null;
  /** as precise as the document is: "2025-03-10", "2026-06", null */
  issuedOn: string | null;
  issuer: string;
  signer: string | null;
  title: string;
  file: string | null;
}

export const seedDocuments: SeedDocument[] = [
  {
    id: "seed-003",
    type: "QĐ",
    number: "609/QĐ-UBND",
    issuedOn: "2025-03-10",
    issuer: "UBND tỉnh Lạng Sơn",
    signer: "Đoàn Thanh Sơn",
    title: "Ban hành Kế hoạch thực hiện Phương án phát triển cụm công nghiệp tỉnh Lạng Sơn giai đoạn 2021 - 2030",
    file: "003_5c803c58f2477d5f.txt",
  },
  {
    id: "seed-002",
    type: "Bài báo",
    number: null,
    issuedOn: "2024-07",
    issuer: "Báo chí (bài viết khoảng giữa năm 2024)",
    signer: null,
    title: "Phát triển khu, cụm công nghiệp tỉnh Lạng Sơn (số liệu của Sở Công Thương, Sở KH&ĐT)",
    file: "002_705e4eab6c565456.txt",
  },
  {
    id: "seed-000",
    type: "TB",
    number: null,
    issuedOn: "2026-06",
    issuer: "UBND tỉnh Lạng Sơn",
    signer: "Nguyễn Văn Hà",
    title:
      "Kết luận của đồng chí Đinh Hữu Học, Phó Chủ tịch Thường trực UBND tỉnh tại cuộc kiểm tra tiến độ triển khai các dự án: Cụm công nghiệp Hòa Sơn 1, Cụm công nghiệp Hồ Sơn 1 và Khu công nghiệp VSIP Lạng Sơn",
    file: "000_a661d64dc68d3fc7.txt",
  },
  {
    id: "seed-001",
    type: "TB",
    number: null,
    issuedOn: null,
    issuer: "Văn phòng UBND tỉnh Lạng Sơn",
    signer: "Dương Công Hiệp",
    title:
      "Họp đánh giá tình hình thực hiện Kế hoạch số 116/KH-UBND ngày 21/4/2025 và đánh giá tiến độ triển khai các dự án khu, cụm công nghiệp đã thành lập trên địa bàn tỉnh",
    file: "001_03c3869e42a75ba9.txt",
  },
  {
    id: "seed-004",
    type: "TB",
    number: null,
    issuedOn: "2025-07",
    issuer: "Văn phòng UBND tỉnh Lạng Sơn",
    signer: "Nguyễn Văn Hà",
    title:
      "Kết luận của đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh tại cuộc họp sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025 của Ban Chỉ đạo Xây dựng Khu KTCK Đồng Đăng - Lạng Sơn",
    file: "004_ed62703d9dbd119e.txt",
  },
  {
    id: "ref-communes-2025",
    type: "Dữ liệu",
    number: "1672/NQ-UBTVQH15",
    issuedOn: "2025-07-01",
    issuer: "Danh sách 65 xã, phường tỉnh Lạng Sơn theo Nghị quyết 1672/NQ-UBTVQH15 (bản chép lại, chưa đối chiếu đủ)",
    signer: null,
    title: "Đơn vị hành chính cấp xã từ 01/7/2025 và các xã, thị trấn trước sắp xếp",
    file: "lang-son-communes-2025.csv",
  },
  {
    id: "ref-kcn-secondary",
    type: "Nguồn thứ cấp",
    number: null,
    issuedOn: "2018",
    issuer: "Báo điện tử và danh sách trên mạng (LEGAL-NOTES §7.3)",
    signer: null,
    title:
      "KCN Đồng Bành: vietnamfinance.vn (04/5/2018), reatimes.vn, top10tphcm.com (độ tin cậy thấp) — nguồn thứ cấp, chưa đối chiếu quyết định gốc",
    file: null,
  },
  {
    id: "ref-legal-notes",
    type: "Nghiên cứu",
    number: null,
    issuedOn: "2026-11",
    issuer: "Ghi chú pháp lý của dự án (LEGAL-NOTES)",
    signer: null,
    title: "Nghiên cứu pháp lý về CCN, KCN, Khu KTCK và theo dõi nhiệm vụ, Lạng Sơn",
    file: "LEGAL-NOTES.md",
  },
];
