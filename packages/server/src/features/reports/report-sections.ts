import {
  figureAsOfLabel,
  formatDateVi,
  formatNumber,
  formatPercent,
  type LandClearanceProgress,
  type LateMilestoneRow,
  type MonthlyReport,
  type OccupancyRow,
  REPORT_SCOPE_TEXT,
  type SubmissionSummary,
  stageFigureLabel,
  zoneStageLabels,
} from "@dondoc/domain";
import { AlignmentType, type Paragraph, type Table } from "docx";
import type ExcelJS from "exceljs";
import { sheetRow } from "../../files/export-cells";
import { dataTable, para, run } from "./decree30";

/**
 * The progress sections shared by the monthly report, the annual report and the briefing pack,
 * as .docx blocks and as .xlsx sheets with the same figures.
 */
export type Block = Paragraph | Table;

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
/** Section headings numbered I, II, III… in the order they are written (a section left out leaves no gap). */
export function numbering() {
  let i = 0;
  return (title: string) => para([run(`${ROMAN[i++] ?? i}. ${title}`, { bold: true, size: 14 })], { before: 240, keepNext: true });
}
export const text14 = (t: string, o: { indent?: boolean; after?: number; keepNext?: boolean } = {}) =>
  para([run(t, { size: 14 })], { indent: o.indent ?? true, after: o.after, keepNext: o.keepNext });
export const caption = (t: string) => para([run(t, { italics: true, size: 14 })], { before: 200, keepNext: true });
export const subheading = (t: string) => para([run(t, { bold: true, italics: true, size: 14 })], { before: 160, keepNext: true });

const n = (v: number | null | undefined, d = 2) => formatNumber(v ?? null, d);
/** "+40", "-3", "0"; "—" when unknown */
export const signed = (v: number | null) => (v === null ? "—" : v > 0 ? `+${formatNumber(v, 2)}` : formatNumber(v, 2));
const withChange = (cum: number | null, change: number | null) => (cum === null ? "—" : `${n(cum)} (${signed(change)})`);

export function occupancyBlocks(rows: OccupancyRow[]): Block[] {
  if (rows.length === 0) return [text14("Chưa có khu, cụm công nghiệp nào có đủ số liệu để tính tỷ lệ lấp đầy.")];
  return [
    dataTable(
      ["TT", "Khu, cụm công nghiệp", "Đất công nghiệp cho thuê (ha)", "Đã cho thuê (ha)", "Tỷ lệ lấp đầy", "Số doanh nghiệp"],
      rows.map((r, i) => [
        String(i + 1),
        r.name,
        n(r.industrialLandHa),
        n(r.leasedLandHa),
        formatPercent(r.occupancy),
        r.enterprises === null ? "—" : String(r.enterprises),
      ]),
      [6, 34, 16, 14, 14, 16],
    ),
  ];
}

/** Where a late milestone's planned date comes from: the zone's progress report, or the notice that set it. */
const milestoneBasis = (r: LateMilestoneRow) =>
  r.source === "task" ? `Hạn giao tại ${r.documentLabel ?? "văn bản chỉ đạo"}` : "Báo cáo tiến độ";

export function lateMilestoneBlocks(rows: LateMilestoneRow[], asOf: string): Block[] {
  if (rows.length === 0) return [text14(`Đến ngày ${formatDateVi(asOf)}, không có mốc tiến độ nào chậm so với kế hoạch.`)];
  return [
    text14(`Đến ngày ${formatDateVi(asOf)}, có ${rows.length} mốc tiến độ chậm so với kế hoạch:`, { keepNext: true }),
    dataTable(
      ["TT", "Khu, cụm công nghiệp", "Dự án", "Mốc tiến độ", "Kế hoạch", "Chậm (ngày)", "Căn cứ"],
      rows.map((r, i) => [
        String(i + 1),
        r.zoneName,
        r.projectName ?? "Hạ tầng",
        r.label,
        r.plannedOn ? formatDateVi(r.plannedOn) : "—",
        String(r.daysLate),
        milestoneBasis(r),
      ]),
      [7, 18, 11, 22, 15, 10, 17],
    ),
  ];
}

const lcMetrics = [
  ["householdsAffected", "Số hộ bị ảnh hưởng"],
  ["householdsCounted", "Đã kiểm đếm (hộ)"],
  ["plansApproved", "Đã phê duyệt phương án (hộ)"],
  ["householdsPaid", "Đã chi trả (hộ)"],
  ["moneyPaidMillionVnd", "Đã chi trả (triệu đồng)"],
  ["areaRecoveredHa", "Đã thu hồi (ha)"],
  ["areaHandedOverHa", "Đã bàn giao (ha)"],
  ["gravesMoved", "Mộ đã di chuyển"],
  ["householdsResettled", "Đã tái định cư (hộ)"],
  ["complaintsOpen", "Khiếu nại chưa giải quyết"],
] as const;

/** `since`: what the change is measured from, e.g. "kỳ báo cáo trước (31/10/2026)". */
export function landClearanceBlocks(lc: LandClearanceProgress, since: string): Block[] {
  if (lc.rows.length === 0) return [text14(`Đến ngày ${formatDateVi(lc.asOf)}, chưa có số liệu giải phóng mặt bằng được báo cáo.`)];
  const t = lc.totals;
  // a figure older than the period is printed with its own date ("số liệu năm 2024"), never as of the report's day
  const stale = lc.rows.filter((r) => r.reportedOn === null || r.reportedOn <= lc.previousAsOf);
  const opening =
    stale.length === 0
      ? `Lũy kế đến ngày ${formatDateVi(lc.asOf)} của ${lc.rows.length} dự án`
      : `Lũy kế theo số liệu mới nhất đã báo cáo của ${lc.rows.length} dự án (${stale
          .map((r) => `${r.zoneName}: chưa có số liệu mới trong kỳ, số liệu ${figureAsOfLabel(r.reportedOn, r.reportedPeriod)}`)
          .join("; ")})`;
  return [
    text14(
      `${opening} (trong ngoặc: tăng, giảm so với ${since}): ${lcMetrics
        .filter(([m]) => t.cumulative[m] !== null)
        .map(([m, label]) => `${label.toLowerCase()} ${withChange(t.cumulative[m], t.change[m])}`)
        .join("; ")}.`,
    ),
    dataTable(
      ["Khu, cụm công nghiệp", "Chỉ tiêu", "Lũy kế", "Tăng, giảm"],
      [
        ...lc.rows.flatMap((r) => {
          const known = lcMetrics.filter(([m]) => r.cumulative[m] !== null);
          return known.map(([m, label], i) => [
            i === 0 ? `${r.zoneName} (số liệu ${figureAsOfLabel(r.reportedOn, r.reportedPeriod)})` : "",
            label,
            n(r.cumulative[m]),
            signed(r.change[m]),
          ]);
        }),
        ...(lc.rows.length > 1
          ? lcMetrics
              .filter(([m]) => t.cumulative[m] !== null)
              .map(([m, label], i) => [i === 0 ? "Tổng cộng" : "", label, n(t.cumulative[m]), signed(t.change[m])])
          : []),
      ],
      [34, 34, 16, 16],
    ),
  ];
}

/** The period's submissions: a table of those received, and the others named by status (the .xlsx lists every one). */
/**
 * The closing sections every consolidated report shares: the submissions received, the difficulties
 * and causes they report, and the proposals they make, ahead of Sở Công Thương's own.
 */
export function collectedSections(section: ReturnType<typeof numbering>, s: SubmissionSummary | null, noDifficulties: string): Block[] {
  return [
    ...(s
      ? [
          section("TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
          ...submissionBlocks(s),
          section("KHÓ KHĂN, VƯỚNG MẮC"),
          ...collectedBlocks(s.difficulties, noDifficulties),
          ...(s.causes.length > 0 ? [caption("Nguyên nhân:"), ...collectedBlocks(s.causes, "")] : []),
        ]
      : []),
    section("KIẾN NGHỊ, ĐỀ XUẤT"),
    ...(s && s.proposals.length > 0
      ? [caption("Kiến nghị, đề xuất của các cơ quan, đơn vị:"), ...collectedBlocks(s.proposals, ""), caption("Sở Công Thương đề nghị:")]
      : []),
  ];
}

export function submissionBlocks(s: SubmissionSummary): Block[] {
  const got = s.items.filter((x) => x.submittedOn !== null);
  const missing = s.items.filter((x) => x.submittedOn === null);
  const byStatus = new Map<string, string[]>();
  // each body not yet reported, with why it was asked (one line per body, its reasons joined)
  for (const x of missing)
    byStatus.set(x.statusLabel, [...(byStatus.get(x.statusLabel) ?? []), x.reason ? `${x.reporter} (${x.reason})` : x.reporter]);
  return [
    text14(
      `Trong kỳ có ${s.expected} báo cáo phải gửi; đã nhận ${s.received} báo cáo (đúng hạn ${s.onTime}), chưa nhận ${s.expected - s.received}.`,
    ),
    ...(got.length > 0
      ? [
          dataTable(
            ["TT", "Cơ quan, đơn vị báo cáo", "Chế độ báo cáo", "Ngày gửi", "Tình trạng"],
            got.map((x, i) => [String(i + 1), x.reporter, x.obligation, formatDateVi(x.submittedOn), x.statusLabel]),
            [6, 28, 36, 16, 14],
          ),
        ]
      : []),
    ...[...byStatus].map(([status, names], i) =>
      para([run(`- ${status} (${names.length}): `, { bold: true, size: 14 }), run([...new Set(names)].join("; "), { size: 14 })], {
        indent: true,
        before: i === 0 && got.length > 0 ? 120 : 0,
        after: 60,
      }),
    ),
  ];
}

/** "- Reporter: text" lines of the difficulties, causes or proposals collected. */
export function collectedBlocks(items: { reporter: string; text: string }[], none: string): Block[] {
  if (items.length === 0) return [text14(none)];
  return items.map((x) =>
    para([run(`- ${x.reporter}: `, { bold: true, size: 14 }), run(x.text, { size: 14 })], { indent: true, after: 60 }),
  );
}

export const center = AlignmentType.CENTER;

// ---- .xlsx

type Cell = string | number | null;
export function addSheet(wb: ExcelJS.Workbook, title: string, name: string, headers: string[], rows: Cell[][], widths: number[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
  ws.addRow([title]).font = { name: "Times New Roman", bold: true, size: 12 };
  ws.addRow(headers).font = { name: "Times New Roman", bold: true, size: 12 };
  for (const row of rows) ws.addRow(sheetRow(row)).font = { name: "Times New Roman", size: 12 };
  ws.columns.forEach((c, i) => {
    c.width = widths[i] ?? 14;
  });
  return ws;
}

export function progressSheets(
  wb: ExcelJS.Workbook,
  title: string,
  r: {
    occupancy: OccupancyRow[];
    lateMilestones: LateMilestoneRow[];
    landClearance: LandClearanceProgress;
    submissions: SubmissionSummary | null;
  },
) {
  addSheet(
    wb,
    title,
    "Tỷ lệ lấp đầy",
    ["Khu, cụm công nghiệp", "Đất công nghiệp cho thuê (ha)", "Đã cho thuê (ha)", "Tỷ lệ lấp đầy (%)", "Số doanh nghiệp", "Nguồn số liệu"],
    r.occupancy.map((o) => [
      o.name,
      o.industrialLandHa,
      o.leasedLandHa,
      o.occupancy === null ? null : Math.round(o.occupancy * 10000) / 100,
      o.enterprises,
      o.basis === "tenant-projects" ? "Báo cáo của dự án thứ cấp" : "Sổ đăng ký khu, cụm",
    ]),
    [34, 18, 16, 14, 14, 28],
  );
  addSheet(
    wb,
    title,
    "Mốc tiến độ chậm",
    ["Khu, cụm công nghiệp", "Dự án", "Mốc tiến độ", "Kế hoạch", "Chậm (ngày)", "Căn cứ"],
    r.lateMilestones.map((m) => [
      m.zoneName,
      m.projectName ?? "Hạ tầng",
      m.label,
      m.plannedOn ? formatDateVi(m.plannedOn) : null,
      m.daysLate,
      milestoneBasis(m),
    ]),
    [34, 30, 34, 12, 12, 34],
  );
  const lc = r.landClearance;
  const metrics = [
    ["householdsCounted", "Đã kiểm đếm (hộ)"],
    ["plansApproved", "Đã phê duyệt phương án (hộ)"],
    ["householdsPaid", "Đã chi trả (hộ)"],
    ["moneyPaidMillionVnd", "Đã chi trả (triệu đồng)"],
    ["areaRecoveredHa", "Đã thu hồi (ha)"],
    ["areaHandedOverHa", "Đã bàn giao (ha)"],
    ["householdsResettled", "Đã tái định cư (hộ)"],
    ["complaintsOpen", "Khiếu nại chưa giải quyết"],
  ] as const;
  addSheet(
    wb,
    `${title} — so với ngày ${formatDateVi(lc.previousAsOf)}`,
    "Giải phóng mặt bằng",
    ["Khu, cụm công nghiệp", "Thời điểm số liệu", ...metrics.flatMap(([, l]) => [l, "Tăng so với kỳ trước"])],
    [
      ...lc.rows.map((x) => [
        x.zoneName,
        figureAsOfLabel(x.reportedOn, x.reportedPeriod),
        ...metrics.flatMap(([m]) => [x.cumulative[m], x.change[m]]),
      ]),
      ["Tổng cộng", null, ...metrics.flatMap(([m]) => [lc.totals.cumulative[m], lc.totals.change[m]])],
    ],
    [34, 14, ...metrics.flatMap(() => [16, 14])],
  );
  if (r.submissions) {
    addSheet(
      wb,
      title,
      "Báo cáo đã nhận",
      [
        "Chế độ báo cáo",
        "Cơ quan, đơn vị",
        "Ngày gửi",
        "Tình trạng",
        "Kết quả",
        "Khó khăn, vướng mắc",
        "Nguyên nhân",
        "Kiến nghị, đề xuất",
        "Lý do được yêu cầu báo cáo",
      ],
      r.submissions.items.map((x) => [
        x.obligation,
        x.reporter,
        x.submittedOn ? formatDateVi(x.submittedOn) : null,
        x.statusLabel,
        x.sections.results ?? null,
        x.sections.difficulties ?? null,
        x.sections.causes ?? null,
        x.sections.proposals ?? null,
        x.reason ?? null,
      ]),
      [34, 34, 12, 16, 40, 40, 30, 40, 40],
    );
  }
}

// ---- the registry and task tables every consolidated report has

type Consolidated = Pick<
  MonthlyReport,
  "byStage" | "clusters" | "clusterTotals" | "taskTotals" | "tasksByAgency" | "overdue" | "overdueNotListed" | "lapsed"
>;

/** The line under a capped list of overdue tasks: how many more, and where to find them. */
const notListed = (count: number) =>
  `Ngoài ra còn ${formatNumber(count, 0)} nhiệm vụ quá hạn khác; danh sách đầy đủ: Đôn Đốc → Theo dõi nhiệm vụ → Quá hạn (xuất Excel).`;

export function stageBlocks(r: Consolidated): Block[] {
  return [
    text14(
      `Theo Phương án phát triển cụm công nghiệp trong Quy hoạch tỉnh (Quyết định số 236/QĐ-TTg ngày 19/3/2024) và Kế hoạch thực hiện ban hành kèm theo Quyết định số 609/QĐ-UBND ngày 10/3/2025 của UBND tỉnh, giai đoạn đến năm 2030 toàn tỉnh triển khai ${r.clusterTotals.count} cụm công nghiệp với tổng diện tích ${n(r.clusterTotals.areaHa)} ha, tổng mức đầu tư ${n(r.clusterTotals.investmentMillionVnd, 0)} triệu đồng. Theo giai đoạn:`,
    ),
    dataTable(
      ["Giai đoạn", "Số cụm", "Diện tích (ha)", "Tổng mức đầu tư (triệu đồng)"],
      [
        ...r.byStage.map((s) => [stageFigureLabel(s), String(s.count), n(s.areaHa), n(s.investmentMillionVnd, 0)]),
        ["Tổng cộng", String(r.clusterTotals.count), n(r.clusterTotals.areaHa), n(r.clusterTotals.investmentMillionVnd, 0)],
      ],
      [46, 12, 18, 24],
    ),
    caption("Danh sách các cụm công nghiệp:"),
    dataTable(
      ["TT", "Cụm công nghiệp", "Huyện cũ / xã, phường", "Giai đoạn", "Diện tích (ha)", "Chủ đầu tư"],
      [
        ...r.clusters.map((z, i) => [
          String(i + 1),
          z.label,
          [z.formerDistrict?.name, z.communes.join(", ")].filter(Boolean).join(" / "),
          zoneStageLabels[z.stage].vi,
          n(z.areaHa),
          z.expansion ? "—" : (z.investor ?? "Chưa có"),
        ]),
        ["", "Tổng cộng", "", "", n(r.clusterTotals.areaHa), ""],
      ],
      [7, 20, 19, 17, 13, 24],
    ),
  ];
}

export function taskBlocks(r: Consolidated): Block[] {
  return [
    text14(REPORT_SCOPE_TEXT),
    text14(
      `Tổng số ${r.taskTotals.total} nhiệm vụ (tính cả từng kỳ của nhiệm vụ định kỳ): hoàn thành đúng hạn ${r.taskTotals.doneOnTime}, hoàn thành quá hạn ${r.taskTotals.doneLate}, đang thực hiện trong hạn ${r.taskTotals.inProgress}, quá hạn chưa hoàn thành ${r.taskTotals.overdue}, thường xuyên hoặc không có thời hạn ${r.taskTotals.continuous}.`,
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
    caption("Các nhiệm vụ quá hạn chưa hoàn thành:"),
    r.overdue.length === 0
      ? text14("Không có nhiệm vụ quá hạn chưa hoàn thành.")
      : dataTable(
          ["TT", "Nhiệm vụ", "Văn bản", "Chủ trì", "Hạn", "Trạng thái"],
          r.overdue.map((t, i) => [
            String(i + 1),
            `${t.summary}${t.occurrence.kind === "once" ? "" : ` (${t.occurrence.label})`}`,
            t.document.label,
            t.leads.map((l) => l.name ?? l.text).join(", "),
            formatDateVi(t.effectiveDueDate),
            t.statusLabel,
          ]),
          [6, 30, 14, 18, 16, 16],
        ),
    ...(r.overdueNotListed > 0 ? [text14(notListed(r.overdueNotListed))] : []),
    ...(r.lapsed.length > 0
      ? [
          text14(
            `Không tính quá hạn ${r.lapsed.length} nhiệm vụ không còn thực hiện được: ${r.lapsed
              .map((t) => `${t.summary} (${t.document.label}; ${t.lapseReason})`)
              .join("; ")}.`,
          ),
        ]
      : []),
  ];
}

export function baseSheets(wb: ExcelJS.Workbook, title: string, r: Consolidated) {
  addSheet(
    wb,
    title,
    "Theo giai đoạn",
    ["Giai đoạn", "Số cụm", "Diện tích (ha)", "Tổng mức đầu tư (triệu đồng)"],
    [
      ...r.byStage.map((s) => [stageFigureLabel(s), s.count, s.areaHa, s.investmentMillionVnd]),
      ["Tổng cộng", r.clusterTotals.count, r.clusterTotals.areaHa, r.clusterTotals.investmentMillionVnd],
    ],
    [34, 10, 16, 26],
  );
  addSheet(
    wb,
    title,
    "Cụm công nghiệp",
    ["TT", "Cụm công nghiệp", "Huyện cũ", "Xã, phường", "Giai đoạn", "Diện tích (ha)", "Tổng mức đầu tư (triệu đồng)", "Chủ đầu tư"],
    [
      ...r.clusters.map((z, i) => [
        i + 1,
        z.label,
        z.formerDistrict?.name ?? null,
        z.communes.join(", "),
        zoneStageLabels[z.stage].vi,
        z.areaHa,
        z.investmentMillionVnd,
        z.expansion ? null : z.investor,
      ]),
      [null, "Tổng cộng", null, null, null, r.clusterTotals.areaHa, r.clusterTotals.investmentMillionVnd, null],
    ],
    [6, 34, 18, 24, 22, 14, 24, 50],
  );
  addSheet(
    wb,
    title,
    "Nhiệm vụ theo cơ quan",
    ["Cơ quan chủ trì", "Tổng", "Đúng hạn", "Quá hạn (đã xong)", "Trong hạn", "Quá hạn"],
    r.tasksByAgency.map((a) => [a.agency, a.total, a.doneOnTime, a.doneLate, a.inProgress, a.overdue]),
    [50, 8, 10, 16, 10, 10],
  );
  const sheet = addSheet(
    wb,
    title,
    "Nhiệm vụ quá hạn",
    ["Nhiệm vụ", "Kỳ", "Văn bản", "Chủ trì", "Hạn", "Trạng thái"],
    r.overdue.map((t) => [
      t.summary,
      t.occurrence.kind === "once" ? null : t.occurrence.label,
      t.document.label,
      t.leads.map((l) => l.name ?? l.text).join(", "),
      formatDateVi(t.effectiveDueDate),
      t.statusLabel,
    ]),
    [60, 14, 26, 40, 12, 24],
  );
  if (r.overdueNotListed > 0) sheet.addRow([notListed(r.overdueNotListed)]).font = { name: "Times New Roman", italic: true, size: 12 };
}
