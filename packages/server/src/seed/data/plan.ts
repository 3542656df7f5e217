/**
 * Figures 003 and 002 state about the province as a whole: the plan's totals, its per-district
 * table, the status in March 2025, and the mid-2024 snapshot. Stored as dated figures with
 * provenance; the registry's own sums are checked against them in tests.
 */
export interface SeedFigure {
  id: string;
  metric: string;
  /** a former district's id, or null for the province */
  scopeId: string | null;
  zoneId?: string;
  value: number;
  unit: "count" | "ha" | "percent" | "million-vnd" | "households";
  asOf: string;
  /** the source gives only this period ("2024"): `asOf` is its last day */
  asOfPeriod?: string;
  documentId: string;
  passage: string;
}

const plan = (
  id: string,
  metric: string,
  value: number,
  unit: SeedFigure["unit"],
  passage: string,
  scopeId: string | null = null,
): SeedFigure => ({
  id,
  metric,
  scopeId,
  value,
  unit,
  asOf: "2025-03-10",
  documentId: "seed-003",
  passage,
});

/** 003 §IV.1, table "Phương án phát triển CCN": district, clusters, area (ha), share (%). */
export const planDistrictTable: [string, number, number, number][] = [
  ["tp-lang-son", 1, 50, 4.32],
  ["huyen-huu-lung", 6, 358.56, 30.99],
  ["huyen-chi-lang", 3, 161.01, 13.91],
  ["huyen-bac-son", 1, 25, 2.16],
  ["huyen-cao-loc", 3, 57.77, 4.99],
  ["huyen-loc-binh", 4, 181.77, 15.71],
  ["huyen-dinh-lap", 2, 145.29, 12.56],
  ["huyen-van-lang", 2, 87.37, 7.55],
  ["huyen-trang-dinh", 1, 60, 5.18],
  ["huyen-binh-gia", 1, 30, 2.59],
];

export const seedFigures: SeedFigure[] = [
  plan(
    "plan-ccn-count-all",
    "plan.ccn.count",
    38,
    "count",
    "Mục II.1: Phương án phát triển CCN ... có 38 CCN, tổng diện tích khoảng 1.952 ha",
  ),
  plan("plan-ccn-area-all", "plan.ccn.areaHa", 1952, "ha", "Mục II.1: có 38 CCN, tổng diện tích khoảng 1.952 ha"),
  plan(
    "plan-2030-count",
    "plan2030.ccn.count",
    24,
    "count",
    "Mục II.1.a: sẽ triển khai đầu tư 24 CCN với tổng diện tích khoảng 1.156,77 ha",
  ),
  plan("plan-2030-area", "plan2030.ccn.areaHa", 1156.77, "ha", "Mục II.1.a và bảng mục IV.1: Tổng 24 CCN, 1.156,77 ha"),
  plan("plan-2030-established-count", "plan2030.established.count", 9, "count", "Bảng (1): 09 CCN đã được thành lập"),
  plan("plan-2030-established-area", "plan2030.established.areaHa", 409.99, "ha", "Bảng (1), Tổng cộng: 409,99 ha"),
  plan(
    "plan-2030-established-investment",
    "plan2030.established.investmentMillionVnd",
    4050805,
    "million-vnd",
    "Bảng (1), Tổng cộng: 4.050.805 triệu đồng",
  ),
  plan("plan-2021-2025-new-area", "plan2021_2025.new.areaHa", 418.83, "ha", "Bảng (2), Tổng cộng: 418,83 ha"),
  plan(
    "plan-2021-2025-new-investment",
    "plan2021_2025.new.investmentMillionVnd",
    4197000,
    "million-vnd",
    "Bảng (2), Tổng cộng: 4.197.000 triệu đồng",
  ),
  plan("plan-2021-2025-new-count", "plan2021_2025.new.count", 8, "count", "Bảng (2): 08 cụm"),
  plan("plan-2026-2030-area", "plan2026_2030.areaHa", 319.45, "ha", "Bảng giai đoạn 2026-2030, Tổng cộng: 319,45 ha"),
  plan(
    "plan-2026-2030-investment",
    "plan2026_2030.investmentMillionVnd",
    3203000,
    "million-vnd",
    "Bảng giai đoạn 2026-2030, Tổng cộng: 3.203.000 triệu đồng",
  ),
  plan("plan-2026-2030-rows", "plan2026_2030.rows", 7, "count", "Bảng giai đoạn 2026-2030: 7 dòng (dòng 7 là mở rộng CCN Na Dương 1)"),
  plan(
    "plan-non-budget-investment",
    "plan2030.nonBudget.investmentMillionVnd",
    11450805,
    "million-vnd",
    "Đối với 23 CCN ... vốn ngoài ngân sách, dự kiến khoảng 11.450.805 triệu đồng",
  ),
  plan(
    "status-2025-established-count",
    "status.established.count",
    10,
    "count",
    "Mục II.2: Đến nay, có 10/38 CCN được thành lập với diện tích khoảng 418,5 ha",
  ),
  plan(
    "status-2025-established-area",
    "status.established.areaHa",
    418.5,
    "ha",
    "Mục II.2: 10/38 CCN được thành lập với diện tích khoảng 418,5 ha",
  ),
  plan(
    "status-2025-detailed-plan-count",
    "status.detailedPlan.count",
    7,
    "count",
    "Mục II.2: 07/10 CCN được phê duyệt quy hoạch chi tiết xây dựng tỷ lệ 1/500",
  ),
  plan("status-2025-operating-count", "status.operating.count", 1, "count", "Mục II.1.a: 01 CCN đã đi vào hoạt động"),
  plan(
    "status-2025-inviting-count",
    "status.inviting.count",
    14,
    "count",
    "Mục II.1.a: 14 CCN còn lại đang mời gọi nhà đầu tư hạ tầng, diện tích khoảng 738 ha",
  ),
  plan("status-2025-inviting-area", "status.inviting.areaHa", 738, "ha", "Mục II.1.a: diện tích khoảng 738 ha"),
  ...planDistrictTable.flatMap(([district, count, area, share]) => [
    plan(`plan-district-${district}-count`, "plan2030.district.count", count, "count", "Bảng mục IV.1: Số CCN theo địa bàn", district),
    plan(`plan-district-${district}-area`, "plan2030.district.areaHa", area, "ha", "Bảng mục IV.1: Diện tích (ha) theo địa bàn", district),
    plan(`plan-district-${district}-share`, "plan2030.district.sharePercent", share, "percent", "Bảng mục IV.1: Tỷ lệ (%)", district),
  ]),

  // 002: the 2024 snapshot (an undated article), kept as history (today's values come from 003 and later);
  // dated by its year only, counted from the year's last day
  {
    id: "snap-2024-established-count",
    metric: "status.established.count",
    scopeId: null,
    value: 9,
    unit: "count",
    asOf: "2024-12-31",
    asOfPeriod: "2024",
    documentId: "seed-002",
    passage: "toàn tỉnh có 9 cụm công nghiệp, với tổng diện tích khoảng 372 ha đã có quyết định thành lập",
  },
  {
    id: "snap-2024-established-area",
    metric: "status.established.areaHa",
    scopeId: null,
    value: 372,
    unit: "ha",
    asOf: "2024-12-31",
    asOfPeriod: "2024",
    documentId: "seed-002",
    passage: "tổng diện tích khoảng 372 ha đã có quyết định thành lập",
  },
  {
    id: "snap-2024-operating-count",
    metric: "status.operating.count",
    scopeId: null,
    value: 1,
    unit: "count",
    asOf: "2024-12-31",
    asOfPeriod: "2024",
    documentId: "seed-002",
    passage: "mới chỉ có Cụm Công nghiệp địa phương số 2 (huyện Cao Lộc), diện tích 8,5ha đang hoạt động, đã lấp đầy 100%",
  },
  {
    id: "snap-2024-vsip-households",
    metric: "landClearance.householdsCounted",
    scopeId: null,
    zoneId: "kcn-vsip-lang-son",
    value: 490,
    unit: "households",
    asOf: "2024-12-31",
    asOfPeriod: "2024",
    documentId: "seed-002",
    passage: "UBND huyện Hữu Lũng đã tổ chức kiểm đếm đối với hơn 490 trường hợp bị ảnh hưởng bởi dự án",
  },
  {
    id: "snap-2024-vsip-cleared",
    metric: "landClearance.clearedHa",
    scopeId: null,
    zoneId: "kcn-vsip-lang-son",
    value: 57,
    unit: "ha",
    asOf: "2024-12-31",
    asOfPeriod: "2024",
    documentId: "seed-002",
    passage: "hoàn thành giải phóng mặt bằng diện tích hơn 57ha",
  },
  {
    id: "snap-2024-vsip-phase1",
    metric: "zone.phase1AreaHa",
    scopeId: null,
    zoneId: "kcn-vsip-lang-son",
    value: 200,
    unit: "ha",
    asOf: "2024-12-31",
    asOfPeriod: "2024",
    documentId: "seed-002",
    passage: "đang triển khai giai đoạn 1 với diện tích 200ha",
  },
  {
    // the enterprises of CCN Địa phương số 2 (no tenant project is named: none is invented)
    id: "fn3-dia-phuong-2-enterprises",
    metric: "zone.enterprises",
    scopeId: null,
    zoneId: "ccn-dia-phuong-so-2",
    value: 12,
    unit: "count",
    asOf: "2025-03-10",
    documentId: "seed-003",
    passage:
      "Chú thích 3: CCN Địa phương số 2, huyện Cao Lộc, diện tích 8,5ha, đã lấp đầy 100% với 12 doanh nghiệp hoạt động sản xuất kinh doanh",
  },
];

/** 003 §III.2 targets, and how each actual value is computed from the registry. */
export interface SeedTarget {
  id: string;
  text: string;
  metric: string;
  threshold: number | null;
  byYear: number | null;
  computation: string;
  passage: string;
}

export const seedTargets: SeedTarget[] = [
  {
    id: "t-2025-operating-30",
    text: "Năm 2025 hoàn thành hạ tầng kỹ thuật và đưa vào hoạt động ít nhất 3 - 4 CCN với tỷ lệ lấp đầy mỗi cụm đạt trên 30%",
    metric: "operatingClustersAboveOccupancy",
    threshold: 0.3,
    byYear: 2025,
    computation:
      'Đếm các CCN ở giai đoạn "Đang hoạt động" có tỷ lệ lấp đầy (đất đã cho thuê ÷ đất công nghiệp) trên 30%; mục tiêu: ít nhất 3.',
    passage: "Mục III.2, gạch đầu dòng 3",
  },
  {
    id: "t-2030-district-operating-50",
    text: "Đến năm 2030 phấn đấu mỗi huyện đầu tư được ít nhất một CCN đi vào hoạt động, tỷ lệ lấp đầy mỗi cụm cơ bản đạt trên 50%",
    metric: "formerDistrictsWithOperatingCluster",
    threshold: 0.5,
    byYear: 2030,
    computation:
      "Với mỗi huyện cũ có CCN trong phương án, kiểm tra có ít nhất một CCN đang hoạt động với tỷ lệ lấp đầy trên 50%; báo cáo số huyện đạt trên tổng số huyện.",
    passage: "Mục III.2, gạch đầu dòng 3",
  },
  {
    id: "t-wastewater-100",
    text: "100% CCN được đầu tư hệ thống xử lý nước thải tập trung, hệ thống phòng cháy, chữa cháy đạt tiêu chuẩn theo quy định pháp luật",
    metric: "clustersWithWastewaterPlant",
    threshold: 1,
    byYear: 2030,
    computation:
      'Tỷ lệ CCN đang hoạt động đã có nhà máy xử lý nước thải tập trung (giai đoạn từ "Đã có nhà máy xử lý nước thải" trở lên, hoặc số liệu hạ tầng khi có).',
    passage:
      "Mục III.2, gạch đầu dòng 4; mục V.4: Các CCN phải hoàn thành hệ thống xử lý nước thải tập trung trước khi đưa CCN vào hoạt động",
  },
  {
    id: "t-growth-12-14",
    text: "Tốc độ tăng thêm bình quân giá trị ngành công nghiệp giai đoạn 2025-2030 đạt từ 12 - 14%/năm",
    metric: "industryGrowthRate",
    threshold: 0.12,
    byYear: 2030,
    computation: "Không tính được từ sổ đăng ký: cần số liệu thống kê giá trị sản xuất công nghiệp hằng năm (nhập tay, có nguồn).",
    passage: "Mục III.2, gạch đầu dòng 2",
  },
  {
    id: "t-grdp-share-15-17",
    text: "Tỷ trọng ngành công nghiệp trong tổng sản phẩm trên địa bàn (GRDP) đạt 15 - 17% vào năm 2030",
    metric: "industryGrdpShare",
    threshold: 0.15,
    byYear: 2030,
    computation: "Không tính được từ sổ đăng ký: cần số liệu GRDP của Cục Thống kê (nhập tay, có nguồn).",
    passage: "Mục III.2, gạch đầu dòng 2",
  },
];
