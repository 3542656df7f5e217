/**
 * Agencies the seed documents name, with the aliases under which they write them.
 * Commune and former-district committees are generated from the administrative units
 * (see load-units.ts), not listed here.
 */
export const agencyKinds = [
  "people-committee",
  "office",
  "department",
  "board",
  "centre",
  "commune-committee",
  "police",
  "military",
  "tax",
  "customs",
  "inspectorate",
  "party",
  "steering-committee",
  "company",
  "consortium",
  "person",
] as const;
export type AgencyKind = (typeof agencyKinds)[number];

export interface SeedAgency {
  id: string;
  name: string;
  kind: AgencyKind;
  shortName?: string;
  aliases?: string[];
  parentId?: string;
  /** for a person: the position as the document writes it */
  title?: string;
  validFrom?: string;
  validTo?: string;
  successorId?: string;
  /** zone kinds the agency maintains in the registry */
  registryKinds?: ("CCN" | "KCN" | "KKT")[];
  source: { documentId: string; passage: string };
}

const s = (documentId: string, passage: string) => ({ documentId, passage });

export const seedAgencies: SeedAgency[] = [
  { id: "ubnd-tinh", name: "UBND tỉnh Lạng Sơn", kind: "people-committee", aliases: ["Ủy ban nhân dân tỉnh Lạng Sơn", "UBND tỉnh", "Ủy ban nhân dân tỉnh"], source: s("seed-003", "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN") },
  { id: "van-phong-ubnd-tinh", name: "Văn phòng UBND tỉnh", kind: "office", parentId: "ubnd-tinh", aliases: ["Văn phòng UBND tỉnh Lạng Sơn", "Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh"], source: s("seed-000", "Văn phòng UBND tỉnh") },
  { id: "so-cong-thuong", name: "Sở Công Thương", kind: "department", shortName: "SCT", parentId: "ubnd-tinh", registryKinds: ["CCN"], aliases: ["Sở Công thương", "Công Thương"], source: s("seed-003", "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 09/TTr-SCT") },
  { id: "so-tai-chinh", name: "Sở Tài chính", kind: "department", parentId: "ubnd-tinh", aliases: ["Tài chính"], source: s("seed-000", "Sở Tài chính, Ban Quản lý Khu kinh tế cửa khẩu") },
  { id: "so-ke-hoach-va-dau-tu", name: "Sở Kế hoạch và Đầu tư", kind: "department", shortName: "Sở KH&ĐT", parentId: "ubnd-tinh", aliases: ["Sở KH&ĐT", "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn"], validTo: "2025-02-28", successorId: "so-tai-chinh", source: s("seed-002", "Phó Giám đốc Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn Hà Mạnh Cường cho biết; hợp nhất vào Sở Tài chính năm 2025 (SPEC §2): QĐ 609 ngày 10/03/2025 đã giao nhiệm vụ đầu tư cho Sở Tài chính") },
  { id: "so-nong-nghiep-va-moi-truong", name: "Sở Nông nghiệp và Môi trường", kind: "department", shortName: "Sở NN&MT", parentId: "ubnd-tinh", aliases: ["Nông nghiệp và Môi trường", "Sở NN&MT"], validFrom: "2025-03-01", source: s("seed-003", "3. Sở Nông nghiệp và Môi trường") },
  { id: "so-nong-nghiep-va-ptnt", name: "Sở Nông nghiệp và Phát triển nông thôn", kind: "department", shortName: "Sở NN&PTNT", parentId: "ubnd-tinh", validTo: "2025-02-28", successorId: "so-nong-nghiep-va-moi-truong", source: s("ref-legal-notes", "SPEC §2: Sở NN&PTNT và Sở TN&MT hợp nhất thành Sở NN&MT năm 2025") },
  { id: "so-tai-nguyen-va-moi-truong", name: "Sở Tài nguyên và Môi trường", kind: "department", shortName: "Sở TN&MT", parentId: "ubnd-tinh", validTo: "2025-02-28", successorId: "so-nong-nghiep-va-moi-truong", source: s("ref-legal-notes", "SPEC §2: Sở NN&PTNT và Sở TN&MT hợp nhất thành Sở NN&MT năm 2025") },
  { id: "so-xay-dung", name: "Sở Xây dựng", kind: "department", parentId: "ubnd-tinh", aliases: ["Xây dựng"], source: s("seed-004", "3. Giao Sở Xây dựng chủ trì") },
  { id: "so-tu-phap", name: "Sở Tư pháp", kind: "department", parentId: "ubnd-tinh", aliases: ["Tư pháp"], source: s("seed-000", "Tư pháp, Thanh tra tỉnh") },
  { id: "so-ngoai-vu", name: "Sở Ngoại vụ", kind: "department", parentId: "ubnd-tinh", aliases: ["Ngoại vụ"], source: s("seed-004", "6. Sở Ngoại vụ chủ trì") },
  { id: "so-khoa-hoc-va-cong-nghe", name: "Sở Khoa học và Công nghệ", kind: "department", parentId: "ubnd-tinh", aliases: ["Khoa học và Công nghệ"], source: s("seed-004", "Khoa học và Công nghệ") },
  { id: "so-van-hoa-the-thao-va-du-lich", name: "Sở Văn hóa, Thể thao và Du lịch", kind: "department", parentId: "ubnd-tinh", aliases: ["Văn hoá, Thể thao và Du lịch", "Văn hóa, Thể thao và Du lịch"], source: s("seed-004", "Văn hoá, Thể thao và Du lịch") },
  { id: "so-giao-duc-va-dao-tao", name: "Sở Giáo dục và Đào tạo", kind: "department", parentId: "ubnd-tinh", aliases: ["Giáo dục và Đào tạo"], source: s("seed-004", "Giáo dục và Đào tạo") },
  { id: "thanh-tra-tinh", name: "Thanh tra tỉnh", kind: "inspectorate", parentId: "ubnd-tinh", source: s("seed-000", "Thanh tra tỉnh") },
  {
    id: "ban-quan-ly-khu-ktck",
    name: "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
    kind: "board",
    shortName: "Ban Quản lý Khu KTCK",
    parentId: "ubnd-tinh",
    registryKinds: ["KCN", "KKT"],
    aliases: [
      "Ban Quản lý Khu KTCK",
      "Ban Quản lý Khu KTCK Đồng Đăng - Lạng Sơn",
      "BQL Khu KTCK Đồng Đăng - Lạng Sơn",
      "Ban Quản lý Khu kinh tế cửa khẩu Đông Đăng - Lạng Sơn",
    ],
    source: s("seed-000", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn (bản 000 còn viết sai \"Đông Đăng\")"),
  },
  { id: "trung-tam-phat-trien-quy-dat", name: "Trung tâm Phát triển quỹ đất tỉnh", kind: "centre", parentId: "so-nong-nghiep-va-moi-truong", aliases: ["Trung tâm phát triển quỹ đất tỉnh", "Trung tâm PTQĐ"], source: s("seed-000", "Trung tâm Phát triển quỹ đất tỉnh và các đơn vị quản lý hạ tầng kỹ thuật") },
  { id: "ban-qlda-dtxd-tinh", name: "Ban Quản lý dự án đầu tư xây dựng tỉnh", kind: "board", parentId: "ubnd-tinh", aliases: ["Ban Quản lý đầu tư xây dựng tỉnh", "BQL DA đầu tư xây dựng tỉnh", "Ban QLDA ĐTXD tỉnh"], source: s("seed-000", "Giao Ban Quản lý dự án đầu tư xây dựng tỉnh đẩy nhanh tiến độ") },
  { id: "ban-qlda-dtxd-cao-loc", name: "Ban Quản lý dự án đầu tư xây dựng huyện Cao Lộc", kind: "board", aliases: ["Ban QLDA ĐTXD huyện Cao Lộc"], validTo: "2025-06-30", source: s("seed-003", "CCN Địa phương số 2 ... hiện giao cho Ban Quản lý dự án đầu tư xây dựng huyện Cao Lộc trực tiếp quản lý") },
  { id: "trung-tam-xuc-tien", name: "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh", kind: "centre", parentId: "ubnd-tinh", source: s("seed-003", "7. Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh") },
  { id: "cong-an-tinh", name: "Công an tỉnh", kind: "police", aliases: ["Công an tỉnh Lạng Sơn"], source: s("seed-001", "Công an tỉnh") },
  { id: "thue-tinh", name: "Thuế tỉnh Lạng Sơn", kind: "tax", aliases: ["Thuế tỉnh"], source: s("seed-001", "Thuế tỉnh Lạng Sơn") },
  { id: "bo-chi-huy-quan-su", name: "Bộ Chỉ huy Quân sự tỉnh", kind: "military", source: s("seed-004", "Bộ Chỉ huy Quân sự tỉnh") },
  { id: "bo-doi-bien-phong", name: "Ban Chỉ huy Bộ đội Biên phòng tỉnh", kind: "military", aliases: ["Bộ đội Biên phòng tỉnh"], source: s("seed-004", "Ban Chỉ huy Bộ đội Biên phòng tỉnh") },
  { id: "hai-quan-khu-vuc-vi", name: "Chi cục Hải quan Khu vực VI", kind: "customs", source: s("seed-004", "Chi cục Hải quan Khu vực VI") },
  { id: "tinh-uy", name: "Tỉnh ủy Lạng Sơn", kind: "party", aliases: ["Tỉnh uỷ", "Tỉnh ủy"], source: s("seed-000", "đồng chí Hoàng Quốc Khánh, Bí thư Tỉnh ủy") },
  { id: "ban-chi-dao-khu-ktck", name: "Ban Chỉ đạo Xây dựng Khu KTCK Đồng Đăng - Lạng Sơn", kind: "steering-committee", aliases: ["Ban Chỉ đạo"], source: s("seed-004", "Ban Chỉ đạo Xây dựng Khu KTCK Đồng Đăng - Lạng Sơn") },

  // Named leaders (a task may be assigned to a person)
  { id: "dinh-huu-hoc", name: "Đinh Hữu Học", kind: "person", title: "Phó Chủ tịch Thường trực UBND tỉnh", parentId: "ubnd-tinh", source: s("seed-000", "đồng chí Đinh Hữu Học, Phó Chủ tịch Thường trực UBND tỉnh") },
  { id: "ho-tien-thieu", name: "Hồ Tiến Thiệu", kind: "person", title: "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Xây dựng Khu KTCK", parentId: "ubnd-tinh", source: s("seed-004", "đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh") },
  { id: "nguyen-canh-toan", name: "Nguyễn Cảnh Toàn", kind: "person", title: "Chủ tịch UBND tỉnh", parentId: "ubnd-tinh", source: s("seed-000", "chú thích 1: Kết luận của đồng chí Nguyễn Cảnh Toàn, Chủ tịch UBND tỉnh (Thông báo 440/TB-VP ngày 01/11/2025)") },
  { id: "doan-thanh-son", name: "Đoàn Thanh Sơn", kind: "person", title: "Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo", parentId: "ubnd-tinh", source: s("seed-004", "7. Giao đồng chí Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh") },
  { id: "hoang-quoc-khanh", name: "Hoàng Quốc Khánh", kind: "person", title: "Bí thư Tỉnh ủy", parentId: "tinh-uy", source: s("seed-000", "đồng chí Hoàng Quốc Khánh, Bí thư Tỉnh ủy") },
  { id: "nguyen-van-ha", name: "Nguyễn Văn Hà", kind: "person", title: "Chánh Văn phòng UBND tỉnh", parentId: "van-phong-ubnd-tinh", source: s("seed-000", "TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Nguyễn Văn Hà") },
  { id: "duong-cong-hiep", name: "Dương Công Hiệp", kind: "person", title: "Phó Chánh Văn phòng UBND tỉnh", parentId: "van-phong-ubnd-tinh", source: s("seed-001", "KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG Dương Công Hiệp") },
  { id: "ha-manh-cuong", name: "Hà Mạnh Cường", kind: "person", title: "Phó Giám đốc Sở Kế hoạch và Đầu tư", parentId: "so-ke-hoach-va-dau-tu", source: s("seed-002", "Phó Giám đốc Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn Hà Mạnh Cường") },

  // Infrastructure investors (003 table IV.1.a(1); 000)
  { id: "cty-tdg-global", name: "Công ty CP đầu tư TDG Global", kind: "company", source: s("seed-003", "Bảng (1), dòng 1: CCN Bắc Sơn 2") },
  { id: "cty-bac-nguyen", name: "Công ty CP đầu tư Bác Nguyên Lạng Sơn", kind: "company", source: s("seed-003", "Bảng (1), dòng 2–3: Nhà đầu tư thực hiện dự án Công ty CP đầu tư Bác Nguyên Lạng Sơn (PPP, hợp đồng BT)") },
  { id: "cty-an-phu-hung", name: "Công ty CP đầu tư kinh doanh An Phú Hưng", kind: "company", source: s("seed-003", "Bảng (1), dòng 4: CCN Đình Lập") },
  { id: "cty-gia-dinh-mien-bac", name: "Công ty CP đầu tư công nghiệp Gia Định Miền Bắc", kind: "company", aliases: ["Công ty cổ phần Đầu tư công nghiệp Gia Định Miền Bắc"], source: s("seed-003", "Bảng (1), dòng 5: CCN Hồ Sơn 1") },
  {
    id: "ld-tan-dai-nam",
    name: "Liên danh Công ty TNHH ĐTXD Tân Đại Nam và Công ty CP Xây dựng công nghiệp và Phát triển hạ tầng",
    kind: "consortium",
    aliases: ["Liên danh Công ty TNHH Đầu tư xây dựng Tân Đại Nam và Công ty cổ phần Xây dựng công nghiệp và Phát triển hạ tầng"],
    source: s("seed-003", "Bảng (1), dòng 6: CCN Hòa Sơn 1"),
  },
  { id: "cty-tan-dai-nam", name: "Công ty TNHH Đầu tư xây dựng Tân Đại Nam", kind: "company", parentId: "ld-tan-dai-nam", aliases: ["Công ty TNHH ĐTXD Tân Đại Nam"], source: s("seed-000", "Liên danh Công ty TNHH Đầu tư xây dựng Tân Đại Nam và ...") },
  { id: "cty-xd-cong-nghiep-ha-tang", name: "Công ty CP Xây dựng công nghiệp và Phát triển hạ tầng", kind: "company", parentId: "ld-tan-dai-nam", source: s("seed-003", "Bảng (1), dòng 6") },
  { id: "cty-phu-gia-bac-ninh", name: "Công ty CP đầu tư xây dựng Phú Gia Bắc Ninh", kind: "company", source: s("seed-003", "Bảng (1), dòng 7: CCN Na Dương 1") },
  { id: "ld-viet-trung-viet-uc", name: "Liên danh Công ty CP HT Việt Trung và Công ty CP thép Việt Úc", kind: "consortium", source: s("seed-003", "Bảng (1), dòng 8: CCN Na Dương 2") },
  { id: "cty-ht-viet-trung", name: "Công ty CP HT Việt Trung", kind: "company", parentId: "ld-viet-trung-viet-uc", source: s("seed-003", "Bảng (1), dòng 8") },
  { id: "cty-thep-viet-uc", name: "Công ty CP thép Việt Úc", kind: "company", parentId: "ld-viet-trung-viet-uc", source: s("seed-003", "Bảng (1), dòng 8") },
  { id: "ld-tan-ha-tnt", name: "Liên danh Công ty CP đầu tư quốc tế Tân Hà và Công ty CP phát triển bất động sản TNT", kind: "consortium", source: s("seed-003", "Bảng (1), dòng 9: CCN Na Dương 3") },
  { id: "cty-tan-ha", name: "Công ty CP đầu tư quốc tế Tân Hà", kind: "company", parentId: "ld-tan-ha-tnt", source: s("seed-003", "Bảng (1), dòng 9") },
  { id: "cty-tnt", name: "Công ty CP phát triển bất động sản TNT", kind: "company", parentId: "ld-tan-ha-tnt", source: s("seed-003", "Bảng (1), dòng 9") },
  { id: "cty-vsip-lang-son", name: "Công ty TNHH VSIP Lạng Sơn", kind: "company", aliases: ["VSIP Lạng Sơn"], source: s("seed-000", "đại diện các nhà đầu tư gồm: Công ty TNHH VSIP Lạng Sơn") },
];
