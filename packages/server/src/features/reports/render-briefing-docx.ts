import {
  type Briefing,
  type BriefingZone,
  fireSafetyStatusLabels,
  formatDateVi,
  formatNumber,
  formatPercent,
  type ReportZone,
  type TaskLine,
  wastewaterStatusLabels,
  zoneKindLabels,
  zoneStageLabels,
} from "@dondoc/domain";
import { dataTable, decree30Document, footerBlock, header30, para, run } from "./decree30";
import { type Block, center, landClearanceBlocks, lateMilestoneBlocks, subheading, text14 } from "./report-sections";

const n = (v: number | null | undefined, d = 2) => formatNumber(v ?? null, d);

function taskTable(lines: TaskLine[]): Block {
  return dataTable(
    ["TT", "Nhiệm vụ", "Chủ trì", "Hạn", "Trạng thái"],
    lines.map((t, i) => [
      String(i + 1),
      `${t.summary}${t.occurrence.kind === "once" ? "" : ` (${t.occurrence.label})`}`,
      t.leads.map((l) => l.name ?? l.text).join(", "),
      t.effectiveDueDate ? formatDateVi(t.effectiveDueDate) : "—",
      t.statusLabel,
    ]),
    [6, 42, 22, 14, 16],
  );
}

/** " (phương án 2026 - 2030: mở rộng thêm 30 ha, 300.000 triệu đồng)" for a cluster with an expansion row */
const expansionNote = (plan: ReportZone["plan"]) =>
  plan
    .filter((p) => p.entryKind === "expansion")
    .map(
      (p) =>
        ` (theo phương án: mở rộng thêm ${n(p.areaHa)} ha${p.investmentMillionVnd === null ? "" : `, ${n(p.investmentMillionVnd, 0)} triệu đồng`})`,
    )
    .join("");

function figureRows(z: BriefingZone): string[][] {
  const zone = z.zone;
  const rows: string[][] = [
    ["Loại", zoneKindLabels[zone.kind].vi],
    ["Giai đoạn", zoneStageLabels[zone.stage].vi],
    ["Địa bàn", [zone.formerDistrict?.name, zone.communes.map((c) => c.name).join(", ")].filter(Boolean).join(" / ") || "—"],
    ["Diện tích (ha)", `${n(zone.areaHa)}${expansionNote(zone.plan)}`],
    ["Tổng mức đầu tư (triệu đồng)", n(zone.totalInvestmentMillionVnd, 0)],
    ["Chủ đầu tư hạ tầng", zone.investor?.name ?? "Chưa có"],
  ];
  if (z.occupancy)
    rows.push([
      "Tỷ lệ lấp đầy",
      `${formatPercent(z.occupancy.occupancy)} (${n(z.occupancy.leasedLandHa)}/${n(z.occupancy.industrialLandHa)} ha${z.occupancy.enterprises !== null ? `, ${z.occupancy.enterprises} doanh nghiệp` : ""})`,
    ]);
  const f = z.facility;
  if (f?.wastewaterStatus) {
    const label = (wastewaterStatusLabels as Record<string, { vi: string }>)[f.wastewaterStatus]?.vi ?? f.wastewaterStatus;
    const extra = [
      f.wastewaterCapacityM3 !== null ? `công suất ${n(f.wastewaterCapacityM3)} m³/ngày đêm` : null,
      f.wastewaterMonitoring === null ? null : f.wastewaterMonitoring ? "có quan trắc tự động" : "chưa có quan trắc tự động",
    ].filter(Boolean);
    rows.push(["Xử lý nước thải tập trung", `${label}${extra.length ? ` (${extra.join(", ")})` : ""}`]);
  }
  if (f?.fireSafetyStatus)
    rows.push([
      "Phòng cháy, chữa cháy",
      (fireSafetyStatusLabels as Record<string, { vi: string }>)[f.fireSafetyStatus]?.vi ?? f.fireSafetyStatus,
    ]);
  return rows;
}

function zoneBlocks(z: BriefingZone, index: number, asOf: string): Block[] {
  const sinceLabel = z.previousMeeting
    ? `cuộc họp ngày ${formatDateVi(z.previousMeeting.date)}`
    : `ngày ${formatDateVi(z.since)} (30 ngày trước, chưa có cuộc họp nào trước về khu, cụm này)`;
  return [
    para([run(`${index}. ${z.zone.name}`, { bold: true, size: 14 })], { before: 240 }),
    subheading("a) Số liệu chính"),
    dataTable(["Chỉ tiêu", "Số liệu"], figureRows(z), [36, 64], { numbersRight: false }),
    subheading(`b) Nhiệm vụ chưa hoàn thành: ${z.openTasks.length}, trong đó quá hạn: ${z.overdueTasks.length}`),
    ...(z.openTasks.length === 0 ? [text14("Không có nhiệm vụ chưa hoàn thành.")] : [taskTable(z.openTasks)]),
    subheading("c) Mốc tiến độ chậm"),
    ...lateMilestoneBlocks(z.lateMilestones, asOf),
    subheading("d) Giải phóng mặt bằng"),
    ...landClearanceBlocks(z.landClearance, sinceLabel),
    subheading(`đ) Thay đổi từ ${sinceLabel}`),
    ...(z.changes.length === 0
      ? [text14("Không có thay đổi nào được ghi nhận.")]
      : z.changes.map((c) =>
          para(
            [run(`- ${formatDateVi(c.on)}: `, { bold: true, size: 14 }), run(`${c.text}${c.source ? ` (${c.source})` : ""}`, { size: 14 })],
            {
              indent: true,
              after: 60,
            },
          ),
        )),
  ];
}

/** The leaders' briefing pack as .docx: an internal document in the Decree 30 page layout. */
export async function renderBriefingDocx(b: Briefing & { meetingTasks: TaskLine[] }): Promise<Buffer> {
  const m = b.meeting;
  const body: Block[] = [
    header30({ parent: "UBND TỈNH LẠNG SƠN", issuer: "SỞ CÔNG THƯƠNG", numberLine: "Lưu hành nội bộ", place: "Lạng Sơn", date: b.asOf }),
    para([run(m ? "TÀI LIỆU PHỤC VỤ CUỘC HỌP" : "TÀI LIỆU PHỤC VỤ LÀM VIỆC", { bold: true, size: 14 })], {
      align: center,
      before: 360,
      after: 0,
    }),
    para([run(m ? m.subject : `về ${b.title}`, { bold: true, size: 14 })], { align: center, after: 120 }),
    ...(m ? [para([run(`Ngày họp: ${formatDateVi(m.date)}`, { italics: true, size: 14 })], { align: center, after: 240 })] : []),
    text14(
      `Số liệu tổng hợp từ hệ thống Đôn Đốc, tính đến ngày ${formatDateVi(b.asOf)}. ${
        b.zones.length === 0
          ? "Cuộc họp chưa gắn với khu, cụm công nghiệp cụ thể."
          : `Nội dung gồm ${b.zones.length} khu, cụm công nghiệp: ${b.zones.map((z) => z.zone.name).join("; ")}.`
      }`,
    ),
  ];
  if (m && b.meetingTasks.length > 0) {
    body.push(subheading("Nhiệm vụ gắn với cuộc họp"), taskTable(b.meetingTasks));
  }
  b.zones.forEach((z, i) => {
    body.push(...zoneBlocks(z, i + 1, b.asOf));
  });
  body.push(
    para([run("")], { after: 240 }),
    footerBlock(["- Lãnh đạo UBND tỉnh;", "- Các thành phần dự họp;", "- Lưu: VT, QLCN."], { authority: ["SỞ CÔNG THƯƠNG"], name: "" }),
  );
  return decree30Document(`Tài liệu phục vụ cuộc họp: ${b.title}`, body);
}
