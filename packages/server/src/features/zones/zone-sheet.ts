import {
  type ErrorDetail,
  fireSafetyStatuses,
  fireSafetyStatusLabels,
  foldVi,
  fundingSourceLabels,
  fundingSources,
  wastewaterStatuses,
  wastewaterStatusLabels,
  type ZoneSummary,
  zoneKinds,
  zonePhaseLabels,
  zonePhases,
  zoneStageLabels,
  zoneStages,
} from "@dondoc/domain";

/**
 * The columns of the zone spreadsheet, shared by export and import so that an exported file
 * imports back unchanged. Cells hold what people read (labels, names); import maps them back.
 */
export interface SheetLookups {
  districts: Map<string, string>; // folded name → id
  communes: Map<string, string>; // folded name → id (2025 units)
  agencies: Map<string, string>; // folded name or alias → id
  districtNames: Map<string, string>; // id → name
}

type Cell = string | number | null;
interface Column {
  key: string;
  header: string;
  width: number;
  numFmt?: string;
  write: (z: ZoneSummary) => Cell;
  /** returns the input field(s) this cell sets, or an error message */
  read?: (cell: Cell, l: SheetLookups) => { value: Record<string, unknown> } | { error: string };
}

const text = (c: Cell) => (c === null ? "" : String(c).normalize("NFC").trim());
const byLabel =
  <K extends string>(
    codes: readonly K[],
    labels: Record<K, { vi: string; en: string }> | null,
    name: string,
    field: string,
    optional: boolean,
  ) =>
  (c: Cell): { value: Record<string, unknown> } | { error: string } => {
    const t = text(c);
    if (!t) return optional ? { value: { [field]: null } } : { error: `Thiếu ${name}.` };
    const hit = codes.find((k) => foldVi(k) === foldVi(t) || (labels && foldVi(labels[k].vi) === foldVi(t)));
    return hit ? { value: { [field]: hit } } : { error: `${name} "${t}" không hợp lệ.` };
  };
const number =
  (field: string, name: string) =>
  (c: Cell): { value: Record<string, unknown> } | { error: string } => {
    if (c === null || text(c) === "") return { value: { [field]: null } };
    const n = typeof c === "number" ? c : Number(text(c).replace(/\./g, "").replace(",", "."));
    return Number.isFinite(n) ? { value: { [field]: n } } : { error: `${name} "${text(c)}" không phải là số.` };
  };

export const zoneColumns: Column[] = [
  { key: "id", header: "Mã", width: 24, write: (z) => z.id },
  { key: "kind", header: "Loại", width: 8, write: (z) => z.kind, read: byLabel(zoneKinds, null, "Loại", "kind", false) },
  {
    key: "name",
    header: "Tên",
    width: 36,
    write: (z) => z.name,
    read: (c) => (text(c) ? { value: { name: text(c) } } : { error: "Thiếu tên khu, cụm." }),
  },
  {
    key: "stage",
    header: "Giai đoạn",
    width: 26,
    write: (z) => zoneStageLabels[z.stage].vi,
    read: byLabel(zoneStages, zoneStageLabels, "Giai đoạn", "stage", false),
  },
  {
    key: "phase",
    header: "Giai đoạn đầu tư",
    width: 20,
    write: (z) => (z.phase ? zonePhaseLabels[z.phase].vi : null),
    read: byLabel(zonePhases, zonePhaseLabels, "Giai đoạn đầu tư", "phase", true),
  },
  {
    key: "funding",
    header: "Nguồn vốn",
    width: 26,
    write: (z) => (z.fundingSource ? fundingSourceLabels[z.fundingSource].vi : null),
    read: byLabel(fundingSources, fundingSourceLabels, "Nguồn vốn", "fundingSource", true),
  },
  {
    key: "district",
    header: "Huyện cũ",
    width: 20,
    write: (z) => z.formerDistrict?.name ?? null,
    read: (c, l) => {
      const t = text(c);
      if (!t) return { value: { formerDistrictId: null } };
      const id = l.districts.get(foldVi(t)) ?? l.districts.get(foldVi(`huyện ${t}`));
      return id ? { value: { formerDistrictId: id } } : { error: `Không có huyện, thành phố cũ "${t}".` };
    },
  },
  {
    key: "communes",
    header: "Xã, phường (từ 01/7/2025)",
    width: 30,
    write: (z) => z.communes.map((c) => c.name).join("; ") || null,
    read: (c, l) => {
      const names = text(c)
        .split(/[;\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
      const ids: string[] = [];
      for (const n of names) {
        const id = l.communes.get(foldVi(n)) ?? l.communes.get(foldVi(`xã ${n}`)) ?? l.communes.get(foldVi(`phường ${n}`));
        if (!id) return { error: `Không có xã, phường "${n}" (danh mục từ 01/7/2025).` };
        ids.push(id);
      }
      return { value: { communeIds: ids } };
    },
  },
  { key: "area", header: "Diện tích (ha)", width: 14, numFmt: "#,##0.00", write: (z) => z.areaHa, read: number("areaHa", "Diện tích") },
  {
    key: "industrial",
    header: "Đất công nghiệp (ha)",
    width: 14,
    numFmt: "#,##0.00",
    write: (z) => z.industrialLandHa,
    read: number("industrialLandHa", "Đất công nghiệp"),
  },
  {
    key: "leased",
    header: "Đất đã cho thuê (ha)",
    width: 14,
    numFmt: "#,##0.00",
    write: (z) => z.leasedLandHa,
    read: number("leasedLandHa", "Đất đã cho thuê"),
  },
  { key: "occupancy", header: "Tỷ lệ lấp đầy (tính)", width: 12, numFmt: "0.0%", write: (z) => z.occupancy },
  {
    key: "investment",
    header: "Tổng mức đầu tư (triệu đồng)",
    width: 18,
    numFmt: "#,##0",
    write: (z) => z.totalInvestmentMillionVnd,
    read: number("totalInvestmentMillionVnd", "Tổng mức đầu tư"),
  },
  {
    key: "investor",
    header: "Chủ đầu tư hạ tầng",
    width: 40,
    write: (z) => z.investor?.name ?? null,
    read: (c, l) => {
      const t = text(c);
      if (!t) return { value: { investorId: null } };
      const id = l.agencies.get(foldVi(t));
      return id ? { value: { investorId: id } } : { error: `Chủ đầu tư "${t}" chưa có trong danh mục cơ quan, doanh nghiệp.` };
    },
  },
  {
    key: "decision",
    header: "Số QĐ thành lập",
    width: 18,
    write: (z) => z.establishmentDecision?.number ?? null,
    read: (c) => ({ value: { establishmentDecisionNumber: text(c) || null } }),
  },
  {
    key: "decisionDate",
    header: "Ngày QĐ thành lập",
    width: 14,
    write: (z) => (z.establishmentDecision?.date ? z.establishmentDecision.date.split("-").reverse().join("/") : null),
    read: (c) => {
      const t = text(c);
      if (!t) return { value: { establishmentDecisionDate: null } };
      const m = t.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
      if (!m) return { error: `Ngày "${t}" phải có dạng dd/mm/yyyy.` };
      return { value: { establishmentDecisionDate: `${m[3]}-${m[2]?.padStart(2, "0")}-${m[1]?.padStart(2, "0")}` } };
    },
  },
  {
    key: "wastewater",
    header: "Nhà máy xử lý nước thải tập trung",
    width: 20,
    write: (z) => (z.wastewaterStatus ? wastewaterStatusLabels[z.wastewaterStatus].vi : null),
    read: byLabel(wastewaterStatuses, wastewaterStatusLabels, "Nhà máy xử lý nước thải", "wastewaterStatus", true),
  },
  {
    key: "wastewaterCapacity",
    header: "Công suất xử lý (m³/ngày đêm)",
    width: 14,
    numFmt: "#,##0",
    write: (z) => z.wastewaterCapacityM3 ?? null,
    read: number("wastewaterCapacityM3", "Công suất xử lý nước thải"),
  },
  {
    key: "wastewaterMonitoring",
    header: "Quan trắc tự động",
    width: 12,
    write: (z) => (z.wastewaterMonitoring == null ? null : z.wastewaterMonitoring ? "Có" : "Không"),
    read: (c) => {
      const t = foldVi(text(c));
      if (!t) return { value: { wastewaterMonitoring: null } };
      if (t === "co") return { value: { wastewaterMonitoring: true } };
      if (t === "khong") return { value: { wastewaterMonitoring: false } };
      return { error: `Quan trắc tự động "${text(c)}": ghi "Có" hoặc "Không".` };
    },
  },
  {
    key: "fireSafety",
    header: "Hệ thống phòng cháy, chữa cháy",
    width: 20,
    write: (z) => (z.fireSafetyStatus ? fireSafetyStatusLabels[z.fireSafetyStatus].vi : null),
    read: byLabel(fireSafetyStatuses, fireSafetyStatusLabels, "Hệ thống phòng cháy, chữa cháy", "fireSafetyStatus", true),
  },
  {
    key: "lat",
    header: "Vĩ độ (WGS84)",
    width: 12,
    write: (z) => (z.location && !z.location.approximate ? z.location.lat : null),
    read: number("lat", "Vĩ độ"),
  },
  {
    key: "lon",
    header: "Kinh độ (WGS84)",
    width: 12,
    write: (z) => (z.location && !z.location.approximate ? z.location.lon : null),
    read: number("lon", "Kinh độ"),
  },
];

/** Reads one data row into the fields of a zone input; errors name the row and the column. */
export function readZoneRow(
  cells: Map<string, Cell>,
  rowNumber: number,
  lookups: SheetLookups,
): { id: string | null; input: Record<string, unknown>; errors: ErrorDetail[] } {
  const input: Record<string, unknown> = {};
  const errors: ErrorDetail[] = [];
  for (const col of zoneColumns) {
    if (!col.read) continue;
    const r = col.read(cells.get(col.key) ?? null, lookups);
    if ("error" in r) errors.push({ path: `Dòng ${rowNumber}, cột ${col.header}`, row: rowNumber, column: col.header, message: r.error });
    else Object.assign(input, r.value);
  }
  const { lat, lon, ...rest } = input;
  const location = lat == null && lon == null ? null : { system: "wgs84", lat, lon };
  const id = text(cells.get("id") ?? null) || null;
  return { id, input: { ...rest, location }, errors };
}

export function columnHeaderOf(path: string): string {
  const field = path.split(".")[0] ?? "";
  const map: Record<string, string> = {
    kind: "Loại",
    name: "Tên",
    stage: "Giai đoạn",
    phase: "Giai đoạn đầu tư",
    fundingSource: "Nguồn vốn",
    formerDistrictId: "Huyện cũ",
    communeIds: "Xã, phường (từ 01/7/2025)",
    areaHa: "Diện tích (ha)",
    industrialLandHa: "Đất công nghiệp (ha)",
    leasedLandHa: "Đất đã cho thuê (ha)",
    totalInvestmentMillionVnd: "Tổng mức đầu tư (triệu đồng)",
    investorId: "Chủ đầu tư hạ tầng",
    establishmentDecisionNumber: "Số QĐ thành lập",
    establishmentDecisionDate: "Ngày QĐ thành lập",
    location: "Vĩ độ (WGS84)",
    wastewaterStatus: "Nhà máy xử lý nước thải tập trung",
    wastewaterCapacityM3: "Công suất xử lý (m³/ngày đêm)",
    wastewaterMonitoring: "Quan trắc tự động",
    fireSafetyStatus: "Hệ thống phòng cháy, chữa cháy",
  };
  return map[field] ?? field;
}
