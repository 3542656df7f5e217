import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { AppError } from "@dondoc/domain";
import { backupDatabase } from "@dondoc/server/backup/backup";
import { now } from "@dondoc/server/clock";
import type { Config } from "@dondoc/server/config";
import { withDatabase } from "../with-database";

export const backupCommand = {
  usage: "FILE.json.gz   sao lưu toàn bộ dữ liệu (cả hai loại cơ sở dữ liệu)",
  async run(args: string[], config: Config) {
    const [file] = args;
    if (!file) throw new AppError("invalid", "Cần tên tệp để ghi bản sao lưu, ví dụ: npm run dondoc -- backup dondoc-2026-11-23.json.gz");
    const path = resolve(config.invocationDir, file);
    const bytes = await withDatabase(config, (db) => backupDatabase(db, now()));
    writeFileSync(path, bytes);
    console.log(`Đã sao lưu vào ${path} (${(bytes.length / 1024).toFixed(0)} kB).`);
  },
};
