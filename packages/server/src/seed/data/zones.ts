import type { FundingSource, WastewaterStatus, ZoneKind, ZonePhase, ZoneStage } from "@dondoc/domain";

/**
 * The zones of the seeds. Figures come from QĐ 609/QĐ-UBND (seed-003) unless a field says
 * otherwise. `plan` rows are the rows of 003's tables that name the zone: they reconcile with the
 * tables' totals (tested), and Na Dương 1's 30 ha of 2026–2030 is an expansion row of the existing
 * cluster, not a new cluster.
 *
 * Communes: `basis` says how the 2025 commune was found — "document" (a seed names it),
 * "name" (the old commune the document names, mapped through the 2025 table), or
 * "inferred" (from the zone's name or a meeting's participants; to be confirmed).
 */

export type Basis = "document" | "name" | "inferred";
export interface SeedSource {
  documentId: string;
  passage: string;
}
export interface SeedPlanEntry {
  table: "003-IV.1.a(1)" | "003-IV.1.a(2)" | "003-IV.1.b" | "003-II.1";
  row: number;
  entryKind: "operating" | "established" | "new" | "expansion";
  phase: ZonePhase | null;
  areaHa: number;
  investmentMillionVnd: number | null;
  fundingSource: FundingSource | null;
}
export interface SeedZone {
  id: string;
  kind: ZoneKind;
  name: string;
  aliases?: string[];
  stage: ZoneStage;
  phase: ZonePhase | null;
  fundingSource: FundingSource | null;
  formerDistrictId: string | null;
  communes: { code: string; basis: Basis; passage: string }[];
  areaHa: number | null;
  industrialLandHa?: number;
  leasedLandHa?: number;
  totalInvestmentMillionVnd: number | null;
  investorId: string | null;
  decision?: { number: string; date: string | null };
  industries?: string[];
  /** central wastewater plant, when a seed states it (give its passage in fieldSources.wastewaterStatus) */
  wastewaterStatus?: WastewaterStatus;
  note?: string;
  source: SeedSource;
  /** a different source for some fields */
  fieldSources?: Record<string, SeedSource>;
  /** earlier values of a field, from an older source, kept as the field's history (VSIP's "gần 600 ha" of 002) */
  history?: { field: string; value: unknown; source: SeedSource }[];
  /**
   * known only from secondary sources (press, web lists; LEGAL-NOTES [F]/[F-low]): kept in the
   * registry for the officials, not published on the portal until a decision confirms it
   */
  secondarySources?: boolean;
  plan: SeedPlanEntry[];
}

const T1 = "003-IV.1.a(1)" as const;
const T2 = "003-IV.1.a(2)" as const;
const T3 = "003-IV.1.b" as const;
const src = (documentId: string, passage: string): SeedSource => ({ documentId, passage });

function established(
  row: number,
  id: string,
  name: string,
  district: string,
  investorId: string,
  decision: [string, string],
  areaHa: number,
  investment: number,
  communes: SeedZone["communes"],
  extra: Partial<SeedZone> = {},
): SeedZone {
  const fundingSource = extra.fundingSource ?? "non-budget";
  return {
    id,
    kind: "CCN",
    name,
    stage: "established",
    phase: "2021-2025",
    fundingSource,
    formerDistrictId: district,
    communes,
    areaHa,
    totalInvestmentMillionVnd: investment,
    investorId,
    decision: { number: decision[0], date: decision[1] },
    source: src("seed-003", `Mục IV.1.a, bảng (1) danh sách CCN đã được thành lập, dòng ${row}`),
    plan: [{ table: T1, row, entryKind: "established", phase: "2021-2025", areaHa, investmentMillionVnd: investment, fundingSource }],
    ...extra,
  };
}

function toAttract(
  table: typeof T2 | typeof T3,
  row: number,
  id: string,
  name: string,
  district: string,
  areaHa: number,
  investment: number,
  communes: SeedZone["communes"],
  extra: Partial<SeedZone> = {},
): SeedZone {
  const phase: ZonePhase = table === T2 ? "2021-2025" : "2026-2030";
  const caption = table === T2 ? "bảng (2) CCN dự kiến thành lập giai đoạn 2021 - 2025" : "bảng CCN thu hút đầu tư giai đoạn 2026-2030";
  return {
    id,
    kind: "CCN",
    name,
    stage: "inviting-investors",
    phase,
    fundingSource: "non-budget",
    formerDistrictId: district,
    communes,
    areaHa,
    totalInvestmentMillionVnd: investment,
    investorId: null,
    source: src("seed-003", `Mục IV.1.${table === T2 ? "a" : "b"}, ${caption}, dòng ${row}`),
    plan: [{ table, row, entryKind: "new", phase, areaHa, investmentMillionVnd: investment, fundingSource: "non-budget" }],
    ...extra,
  };
}

const c = (code: string, basis: Basis, passage: string) => ({ code, basis, passage });
const startedNote = src("seed-003", "Mục II.2: hiện có 03 CCN đã khởi công (CCN Đình Lập; Hồ Sơn 1; Bắc Sơn 2)");

export const seedZones: SeedZone[] = [
  {
    id: "ccn-dia-phuong-so-2",
    kind: "CCN",
    name: "CCN Địa phương số 2",
    aliases: ["Cụm công nghiệp địa phương số 2"],
    stage: "operating",
    phase: null,
    fundingSource: "state-budget",
    formerDistrictId: "huyen-cao-loc",
    communes: [],
    areaHa: 8.5,
    industrialLandHa: 8.5,
    leasedLandHa: 8.5,
    totalInvestmentMillionVnd: 21570,
    investorId: "ban-qlda-dtxd-cao-loc",
    wastewaterStatus: "none",
    note: '12 doanh nghiệp hoạt động; chưa có hệ thống xử lý nước thải tập trung (003, chú thích 3). Diện tích đất công nghiệp lấy bằng diện tích cụm vì văn bản chỉ nêu "đã lấp đầy 100%".',
    source: src("seed-003", "Chú thích 3: CCN Địa phương số 2, huyện Cao Lộc, diện tích 8,5ha, đã lấp đầy 100% với 12 doanh nghiệp"),
    fieldSources: {
      totalInvestmentMillionVnd: src("seed-003", "Ngoài CCN Địa phương số 2 có tổng mức đầu tư 21.570 triệu đồng (đầu tư công)"),
      investorId: src("seed-003", "hiện giao cho Ban Quản lý dự án đầu tư xây dựng huyện Cao Lộc trực tiếp quản lý"),
      fundingSource: src("seed-003", "tổng mức đầu tư 21.570 triệu đồng (đầu tư công)"),
      wastewaterStatus: src(
        "seed-003",
        "Chú thích 3: CCN Địa phương số 2, huyện Cao Lộc, diện tích 8,5ha, đã lấp đầy 100% với 12 doanh nghiệp hoạt động sản xuất kinh doanh; tuy nhiên CCN chưa có hệ thống xử lý nước thải tập trung",
      ),
    },
    plan: [
      {
        table: "003-II.1",
        row: 3,
        entryKind: "operating",
        phase: null,
        areaHa: 8.5,
        investmentMillionVnd: 21570,
        fundingSource: "state-budget",
      },
    ],
  },
  established(
    1,
    "ccn-bac-son-2",
    "CCN Bắc Sơn 2",
    "huyen-bac-son",
    "cty-tdg-global",
    ["510/QĐ-UBND", "2022-03-25"],
    25,
    285892,
    [c("06364", "inferred", "001: UBND xã Vũ Lễ được mời họp về các khu, cụm công nghiệp đã thành lập")],
    { stage: "construction-started", fieldSources: { stage: startedNote } },
  ),
  established(
    2,
    "ccn-hop-thanh-1",
    "CCN Hợp Thành 1",
    "huyen-cao-loc",
    "cty-bac-nguyen",
    ["574/QĐ-UBND", "2021-03-05"],
    23.8,
    181063,
    [c("06187", "name", "Xã Hợp Thành (huyện Cao Lộc) nay thuộc phường Kỳ Lừa")],
    {
      fundingSource: "ppp-bt",
      fieldSources: {
        fundingSource: src("seed-003", "Chú thích 8: Dự án theo hình thức đối tác công tư (PPP), loại hợp đồng xây dựng chuyển giao (BT)"),
      },
    },
  ),
  established(
    3,
    "ccn-hop-thanh-2",
    "CCN Hợp Thành 2",
    "huyen-cao-loc",
    "cty-bac-nguyen",
    ["1148/QĐ-UBND", "2023-07-26"],
    25.47,
    193767,
    [c("06187", "name", "Xã Hợp Thành (huyện Cao Lộc) nay thuộc phường Kỳ Lừa")],
    { note: "Ô chủ đầu tư của dòng 3 gộp với dòng 2 trong bảng (1) của QĐ 609." },
  ),
  established(
    4,
    "ccn-dinh-lap",
    "CCN Đình Lập",
    "huyen-dinh-lap",
    "cty-an-phu-hung",
    ["666/QĐ-UBND", "2023-05-04"],
    71.39,
    677306,
    [c("06613", "inferred", "Theo tên cụm; 001: UBND xã Đình Lập được mời họp về các khu, cụm công nghiệp đã thành lập")],
    { stage: "construction-started", fieldSources: { stage: startedNote } },
  ),
  established(
    5,
    "ccn-ho-son-1",
    "CCN Hồ Sơn 1",
    "huyen-huu-lung",
    "cty-gia-dinh-mien-bac",
    ["854/QĐ-UBND", "2023-06-02"],
    73.76,
    814000,
    [
      c("06385", "document", "000: Giao UBND xã Hữu Lũng, UBND xã Cai Kinh ... (Dự án CCN Hồ Sơn 1); xã Hồ Sơn cũ nay thuộc xã Hữu Lũng"),
      c("06427", "document", "000: Giao UBND xã Hữu Lũng, UBND xã Cai Kinh ... (Dự án CCN Hồ Sơn 1)"),
    ],
    {
      stage: "construction-started",
      industries: [
        "Thực phẩm, đồ uống",
        "Dệt may, da giày",
        "Điện tử",
        "Cơ khí, phụ tùng ô tô",
        "Gỗ và nội thất",
        "Dược phẩm",
        "Nhựa, giấy",
      ],
      fieldSources: {
        stage: startedNote,
        industries: src("ref-legal-notes", "§7.4: ngành nghề của CCN Hồ Sơn 1 khi thành lập theo QĐ 854/QĐ-UBND ngày 02/6/2023"),
      },
    },
  ),
  established(
    6,
    "ccn-hoa-son-1",
    "CCN Hòa Sơn 1",
    "huyen-huu-lung",
    "ld-tan-dai-nam",
    ["1586/QĐ-UBND", "2023-10-04"],
    74.9,
    724756,
    [
      c(
        "06445",
        "document",
        "000: Giao UBND xã Tân Thành phối hợp, hỗ trợ Chủ đầu tư (Dự án CCN Hòa Sơn 1); xã Hòa Sơn cũ nay thuộc xã Tân Thành",
      ),
    ],
    {
      aliases: ["Cụm công nghiệp Hoà Sơn 1"],
      stage: "construction-started",
      fieldSources: {
        stage: src(
          "seed-000",
          "Yêu cầu Chủ đầu tư ... đẩy nhanh tiến độ san nền, xử lý đất đá và thi công đồng bộ hệ thống hạ tầng kỹ thuật (kiểm tra ngày 29/5/2026)",
        ),
      },
    },
  ),
  established(
    7,
    "ccn-na-duong-1",
    "CCN Na Dương 1",
    "huyen-loc-binh",
    "cty-phu-gia-bac-ninh",
    ["326/QĐ-UBND", "2024-02-11"],
    20,
    212019,
    [c("06526", "inferred", "Theo tên cụm (thị trấn Na Dương cũ nay thuộc xã Na Dương); 001: UBND xã Na Dương được mời họp")],
    {
      note: "Giai đoạn 2026-2030 dự kiến mở rộng thêm 30 ha (003, bảng giai đoạn 2026-2030, dòng 7).",
      plan: [
        {
          table: T1,
          row: 7,
          entryKind: "established",
          phase: "2021-2025",
          areaHa: 20,
          investmentMillionVnd: 212019,
          fundingSource: "non-budget",
        },
        {
          table: T3,
          row: 7,
          entryKind: "expansion",
          phase: "2026-2030",
          areaHa: 30,
          investmentMillionVnd: 300000,
          fundingSource: "non-budget",
        },
      ],
    },
  ),
  established(
    8,
    "ccn-na-duong-2",
    "CCN Na Dương 2",
    "huyen-loc-binh",
    "ld-viet-trung-viet-uc",
    ["1981/QĐ-UBND", "2024-11-12"],
    45.67,
    464627,
    [c("06526", "inferred", "Theo tên cụm (thị trấn Na Dương cũ nay thuộc xã Na Dương)")],
  ),
  established(9, "ccn-na-duong-3", "CCN Na Dương 3", "huyen-loc-binh", "ld-tan-ha-tnt", ["460/QĐ-UBND", "2024-03-07"], 50, 497375, [
    c("06526", "inferred", "Theo tên cụm (thị trấn Na Dương cũ nay thuộc xã Na Dương)"),
  ]),

  toAttract(T2, 1, "ccn-minh-son", "CCN Minh Sơn", "huyen-huu-lung", 55, 551000, [
    c("06457", "name", "003 mục II.3: CCN Minh Sơn, xã Minh Sơn, huyện Hữu Lũng; xã Minh Sơn cũ nay thuộc xã Tuấn Sơn"),
  ]),
  toAttract(T2, 2, "ccn-dong-nam-dong-mo", "CCN phía Đông Nam thị trấn Đồng Mỏ", "huyen-chi-lang", 70, 702000, [
    c("06463", "name", "003 mục II.3: thị trấn Đồng Mỏ, huyện Chi Lăng; TT Đồng Mỏ cũ nay thuộc xã Chi Lăng"),
  ]),
  toAttract(T2, 3, "ccn-dong-mo", "CCN Đồng Mỏ", "huyen-chi-lang", 66.46, 666000, [
    c("06463", "inferred", "Theo tên cụm: TT Đồng Mỏ cũ nay thuộc xã Chi Lăng"),
  ]),
  toAttract(T2, 4, "ccn-so-1-khang-chien", "CCN số 1 Kháng Chiến", "huyen-trang-dinh", 60, 601000, [
    c("06037", "name", "003 mục II.3: CCN số 1 Kháng Chiến, xã Kháng Chiến, huyện Tràng Định"),
  ]),
  toAttract(T2, 5, "ccn-tan-van", "CCN Tân Văn", "huyen-binh-gia", 30, 300000, [
    c("06115", "name", "003 mục II.3: CCN Tân Văn, xã Tân Văn, huyện Bình Gia"),
  ]),
  toAttract(
    T2,
    6,
    "ccn-van-lang",
    "CCN Văn Lãng",
    "huyen-van-lang",
    47.87,
    480000,
    [c("06172", "name", "003 mục II.3: tại xã Tân Mỹ, huyện Văn Lãng; xã Tân Mỹ cũ nay thuộc xã Hoàng Văn Thụ")],
    { note: "Chưa phù hợp Quy hoạch chung xây dựng Khu KTCK Đồng Đăng - Lạng Sơn (003, chú thích 6)." },
  ),
  toAttract(
    T2,
    7,
    "ccn-van-lang-2",
    "CCN Văn Lãng 2",
    "huyen-van-lang",
    39.5,
    396000,
    [c("06172", "name", "003 mục II.3: tại xã Tân Mỹ, huyện Văn Lãng; xã Tân Mỹ cũ nay thuộc xã Hoàng Văn Thụ")],
    { note: "Chưa phù hợp Quy hoạch chung xây dựng Khu KTCK Đồng Đăng - Lạng Sơn (003, chú thích 6)." },
  ),
  toAttract(
    T2,
    8,
    "ccn-quang-lac",
    "CCN Quảng Lạc",
    "tp-lang-son",
    50,
    501000,
    [c("05983", "name", "003 mục II.3: CCN Quảng Lạc, xã Quảng Lạc, thành phố Lạng Sơn; xã Quảng Lạc cũ nay thuộc phường Lương Văn Tri")],
    { note: "Chưa phù hợp Quy hoạch chung xây dựng Khu KTCK Đồng Đăng - Lạng Sơn (003, chú thích 6)." },
  ),

  toAttract(T3, 1, "ccn-ho-son-2", "CCN Hồ Sơn 2", "huyen-huu-lung", 74.9, 750000, [
    c("06385", "inferred", "Theo tên cụm: xã Hồ Sơn cũ nay thuộc xã Hữu Lũng"),
  ]),
  toAttract(
    T3,
    2,
    "ccn-hoa-son-3",
    "CCN Hòa Sơn 3",
    "huyen-huu-lung",
    30,
    300000,
    [c("06445", "inferred", "Theo tên cụm: xã Hòa Sơn cũ nay thuộc xã Tân Thành")],
    { aliases: ["CCN Hoà Sơn 3"] },
  ),
  toAttract(T3, 3, "ccn-tan-thanh-3", "CCN Tân Thành 3", "huyen-huu-lung", 50, 501000, [
    c("06445", "inferred", "Theo tên cụm: xã Tân Thành (Hữu Lũng) cũ nay thuộc xã Tân Thành"),
  ]),
  toAttract(T3, 4, "ccn-bac-lang", "CCN Bắc Lãng", "huyen-dinh-lap", 73.9, 740000, [
    c("06637", "inferred", "Theo tên cụm: xã Bắc Lãng cũ nay thuộc xã Châu Sơn"),
  ]),
  toAttract(
    T3,
    5,
    "ccn-loc-binh-1",
    "CCN Lộc Bình 1",
    "huyen-loc-binh",
    36.1,
    362000,
    [c("06529", "inferred", "Theo tên cụm: thị trấn Lộc Bình cũ nay thuộc xã Lộc Bình")],
    { note: "Giai đoạn 1 (003)." },
  ),
  toAttract(T3, 6, "ccn-chi-lang", "CCN Chi Lăng", "huyen-chi-lang", 24.55, 250000, [
    c("06463", "inferred", "Theo tên cụm: thị trấn Chi Lăng cũ nay thuộc xã Chi Lăng"),
  ]),

  {
    id: "kcn-vsip-lang-son",
    kind: "KCN",
    name: "KCN VSIP Lạng Sơn",
    aliases: ["Khu công nghiệp VSIP Lạng Sơn", "Khu công nghiệp Hữu Lũng", "KCN Hữu Lũng"],
    stage: "construction-started",
    phase: null,
    fundingSource: "non-budget",
    formerDistrictId: "huyen-huu-lung",
    communes: [
      c("06385", "document", "000: Giao UBND các xã Hữu Lũng, Tuấn Sơn ... (Dự án KCN VSIP Lạng Sơn)"),
      c("06457", "document", "000: Giao UBND các xã Hữu Lũng, Tuấn Sơn ... (Dự án KCN VSIP Lạng Sơn)"),
    ],
    // the national industrial-zone plan records 599,76 ha; the article's "gần 600 ha" (002) is the field's history
    areaHa: 599.76,
    totalInvestmentMillionVnd: null,
    investorId: "cty-vsip-lang-son",
    note: "Giai đoạn 1: 200 ha (002). Khởi công xây dựng hạ tầng tháng 6/2024 (002).",
    source: src(
      "seed-002",
      "khu Công nghiệp VSIP Lạng Sơn (tại huyện Hữu Lũng, khởi công xây dựng hạ tầng tháng 6.2024) với quy mô sử dụng đất gần 600 ha, đang triển khai giai đoạn 1 với diện tích 200ha",
    ),
    fieldSources: {
      investorId: src("seed-000", "đại diện các nhà đầu tư gồm: Công ty TNHH VSIP Lạng Sơn"),
      areaHa: src(
        "ref-legal-notes",
        "§7.3: KCN Hữu Lũng (dự án VSIP) 599,76 ha theo quy hoạch phát triển các KCN cả nước (bổ sung năm 2018)",
      ),
    },
    history: [{ field: "areaHa", value: 600, source: src("seed-002", "với quy mô sử dụng đất gần 600 ha") }],
    plan: [],
  },
  {
    id: "kcn-dong-banh",
    kind: "KCN",
    name: "KCN Đồng Bành",
    aliases: ["Khu công nghiệp Đồng Bành"],
    stage: "operating",
    phase: null,
    fundingSource: null,
    // across two former districts (Hữu Lũng: xã Hòa Lạc; Chi Lăng: TT Chi Lăng), so no single one
    formerDistrictId: null,
    communes: [
      c("06445", "document", "LEGAL-NOTES §7.3: xã Hòa Lạc (Hữu Lũng) cũ nay thuộc xã Tân Thành"),
      c("06463", "document", "LEGAL-NOTES §7.3: TT Chi Lăng cũ nay thuộc xã Chi Lăng"),
    ],
    areaHa: 162,
    totalInvestmentMillionVnd: null,
    investorId: null,
    note: "Nguồn thứ cấp (báo điện tử, danh sách trên mạng), chưa đối chiếu quyết định thành lập: diện tích 162 ha (giảm từ 321,76 ha năm 2018), đang hoạt động; chủ đầu tư hạ tầng được một nguồn độ tin cậy thấp ghi là Ban Quản lý Khu KTCK Đồng Đăng - Lạng Sơn (chưa ghi vào sổ).",
    source: src("ref-kcn-secondary", "KCN Đồng Bành: 162 ha (điều chỉnh từ 321,76 ha năm 2018), đang hoạt động"),
    history: [
      { field: "areaHa", value: 321.76, source: src("ref-kcn-secondary", "KCN Đồng Bành quy mô 321,76 ha trước khi điều chỉnh năm 2018") },
    ],
    secondarySources: true,
    plan: [],
  },
  {
    id: "kkt-dong-dang-lang-son",
    kind: "KKT",
    name: "Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
    aliases: ["Khu KTCK Đồng Đăng - Lạng Sơn", "Khu KTCK", "KKTCK Đồng Đăng - Lạng Sơn"],
    stage: "operating",
    phase: null,
    fundingSource: null,
    formerDistrictId: null,
    communes: ["05986", "05983", "06187", "05977", "06184", "06211", "06286", "06172", "06481"].map((code) =>
      c(code, "inferred", "LEGAL-NOTES §7.2: phạm vi theo đơn vị cũ, quy đổi sang xã, phường mới (chưa kiểm chứng)"),
    ),
    areaHa: 39400,
    totalInvestmentMillionVnd: null,
    investorId: null,
    note: "Do Ban Quản lý Khu KTCK Đồng Đăng - Lạng Sơn quản lý. Thành lập tháng 10/2008 theo QĐ 138/2008/QĐ-TTg; Quy hoạch chung xây dựng theo QĐ 1055/QĐ-TTg ngày 08/7/2010, đang điều chỉnh đến năm 2045 (004).",
    source: src("ref-legal-notes", "§7.2: thành lập tháng 10/2008 theo QĐ 138/2008/QĐ-TTg, diện tích 394 km²"),
    decision: { number: "138/2008/QĐ-TTg", date: null },
    plan: [],
  },
];
