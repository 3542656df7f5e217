import { formatDateVi, type ZoneFilter } from "@dondoc/domain";
import type { Db } from "../../db/client";
import { sheetRow } from "../../files/export-cells";
import { newWorkbook } from "../../files/workbook";
import { listAllZones } from "./list-zones";
import { zoneColumns } from "./zone-sheet";

export const ZONE_SHEET_NAME = "Khu, cụm công nghiệp";

/** The filtered zone list as .xlsx: one header row, one row per zone, totals below, provenance in a second sheet. */
export async function exportZones(db: Db, filter: Omit<ZoneFilter, "page" | "pageSize">, today: string): Promise<Buffer> {
  const items = await listAllZones(db, filter);
  const wb = await newWorkbook();
  wb.creator = "Đôn Đốc";
  wb.created = new Date(`${today}T00:00:00+07:00`);
  const ws = wb.addWorksheet(ZONE_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = zoneColumns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: { font: { name: "Times New Roman", size: 12 }, ...(c.numFmt ? { numFmt: c.numFmt } : {}) },
  }));
  const header = ws.getRow(1);
  header.font = { name: "Times New Roman", size: 12, bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  for (const z of items) ws.addRow(sheetRow(Object.fromEntries(zoneColumns.map((c) => [c.key, c.write(z)]))));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: zoneColumns.length } };

  const about = wb.addWorksheet("Nguồn");
  about.columns = [{ width: 28 }, { width: 90 }];
  const filters = Object.entries(filter)
    .filter(([k, v]) => v !== undefined && k !== "sort" && k !== "order")
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");
  about.addRows(
    [
      ["Xuất từ", "Đôn Đốc — sổ đăng ký khu, cụm công nghiệp tỉnh Lạng Sơn"],
      ["Ngày xuất", formatDateVi(today)],
      ["Bộ lọc", filters || "(không lọc)"],
      ["Số khu, cụm", items.length],
      [
        "Nguồn số liệu",
        "Mỗi số liệu có nguồn (văn bản, đoạn trích, ngày) trong trang chi tiết của khu, cụm; chủ yếu QĐ 609/QĐ-UBND ngày 10/03/2025.",
      ],
      ["Tỷ lệ lấp đầy", "Được tính = đất đã cho thuê ÷ đất công nghiệp cho thuê; cột này bị bỏ qua khi nhập lại."],
      [
        "Nhập lại",
        "Sửa các ô rồi tải tệp lên trang Khu, cụm → Nhập Excel. Dòng có Mã sẽ cập nhật khu đó; dòng không có Mã sẽ tạo khu mới.",
      ],
    ].map((r) => sheetRow(r)),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
