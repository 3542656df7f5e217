import { writeFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { AppError, vietnamDateOf } from "@dondoc/domain";
import type { Config } from "@dondoc/server/config";
import { generateMonthlyReport } from "@dondoc/server/features/reports/monthly-report";
import { withDatabase } from "../with-database";

export const reportCommand = {
  usage: "monthly --period YYYY-MM --out FILE.docx|FILE.xlsx   báo cáo tháng của Sở Công Thương (Nghị định 30/2020)",
  async run(args: string[], config: Config) {
    const [kind] = args;
    const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
    const period = option("--period");
    const out = option("--out");
    if (kind !== "monthly")
      throw new AppError(
        "invalid",
        "Hiện có báo cáo: monthly. Ví dụ: npm run dondoc -- report monthly --period 2026-11 --out bao-cao.docx",
      );
    if (!period || !/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw new AppError("invalid", "--period cần dạng YYYY-MM.");
    const format = extname(out ?? "").slice(1);
    if (!out || (format !== "docx" && format !== "xlsx")) throw new AppError("invalid", "--out cần tên tệp .docx hoặc .xlsx.");
    const path = resolve(config.invocationDir, out);
    writeFileSync(path, await withDatabase(config, (db) => generateMonthlyReport(db, period, format, vietnamDateOf(new Date()))));
    console.log(`Đã ghi ${path}`);
  },
};
