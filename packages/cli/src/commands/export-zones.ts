import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { AppError, zoneFilter } from "@dondoc/domain";
import { today } from "@dondoc/server/clock";
import type { Config } from "@dondoc/server/config";
import { exportZones } from "@dondoc/server/features/zones/export-zones";
import { withDatabase } from "../with-database";

export const exportZonesCommand = {
  usage: "FILE.xlsx [--kind CCN|KCN|KKT] [--q văn bản]   xuất danh sách khu, cụm ra Excel",
  async run(args: string[], config: Config) {
    const [file, ...rest] = args;
    if (!file?.endsWith(".xlsx"))
      throw new AppError("invalid", "Cần tên tệp .xlsx để ghi, ví dụ: npm run dondoc -- export-zones khu-cum.xlsx");
    const options = Object.fromEntries(rest.flatMap((a, i) => (a.startsWith("--") ? [[a.slice(2), rest[i + 1] ?? ""]] : [])));
    const parsed = zoneFilter.omit({ page: true, pageSize: true }).safeParse(options);
    if (!parsed.success) throw new AppError("invalid", `Tham số không hợp lệ: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
    const path = resolve(config.invocationDir, file);
    const bytes = await withDatabase(config, (db) => exportZones(db, parsed.data, today()));
    writeFileSync(path, bytes);
    console.log(`Đã ghi ${path}`);
  },
};
