import { writeFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { AppError } from "@dondoc/domain";
import { today } from "@dondoc/server/clock";
import type { Config } from "@dondoc/server/config";
import type { Db } from "@dondoc/server/db/client";
import { generateAnnualReport } from "@dondoc/server/features/reports/annual-report";
import { generateMonthlyReport } from "@dondoc/server/features/reports/monthly-report";
import { withDatabase } from "../with-database";

const EXAMPLES =
  "Ví dụ: npm run dondoc -- report monthly --period 2026-11 --out bao-cao.docx; npm run dondoc -- report annual --year 2026 --out bao-cao-nam.xlsx";

export const reportCommand = {
  usage:
    "monthly --period YYYY-MM --out FILE.docx|FILE.xlsx   báo cáo tháng của Sở Công Thương (Nghị định 30/2020)\n" +
    "  report annual --year YYYY --out FILE.docx|FILE.xlsx      báo cáo năm (mục IV.2 QĐ 609), số liệu đến 31/12",
  async run(args: string[], config: Config) {
    const [kind] = args;
    const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
    const out = option("--out");
    if (kind !== "monthly" && kind !== "annual") throw new AppError("invalid", `Hiện có báo cáo: monthly, annual. ${EXAMPLES}`);
    const format = extname(out ?? "").slice(1);
    if (!out || (format !== "docx" && format !== "xlsx")) throw new AppError("invalid", "--out cần tên tệp .docx hoặc .xlsx.");
    const asOf = today();
    let generate: (db: Db) => Promise<Buffer>;
    if (kind === "monthly") {
      const period = option("--period");
      if (!period || !/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw new AppError("invalid", "--period cần dạng YYYY-MM.");
      generate = (db) => generateMonthlyReport(db, period, format, asOf);
    } else {
      const year = option("--year");
      if (!year || !/^\d{4}$/.test(year) || Number(year) < 2000 || Number(year) > 2100)
        throw new AppError("invalid", "--year cần một năm từ 2000 đến 2100, ví dụ 2026.");
      generate = (db) => generateAnnualReport(db, Number(year), format, asOf);
    }
    const path = resolve(config.invocationDir, out);
    writeFileSync(path, await withDatabase(config, generate));
    console.log(`Đã ghi ${path}`);
  },
};
