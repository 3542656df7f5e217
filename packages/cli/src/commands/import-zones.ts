import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { AppError, vietnamDateOf } from "@dondoc/domain";
import { cliActor } from "@dondoc/server/audit/record-audit";
import type { Config } from "@dondoc/server/config";
import { importZones } from "@dondoc/server/features/zones/import-zones";
import { MAX_UPLOAD_BYTES } from "@dondoc/server/http/app";
import { withDatabase } from "../with-database";

export const importZonesCommand = {
  usage: "FILE.xlsx   nhập khu, cụm từ Excel (tất cả hoặc không dòng nào)",
  async run(args: string[], config: Config) {
    const [file] = args;
    if (!file) throw new AppError("invalid", "Cần đường dẫn tệp .xlsx, ví dụ: npm run dondoc -- import-zones khu-cum.xlsx");
    const path = resolve(config.invocationDir, file);
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      throw new AppError("not_found", `Không tìm thấy tệp ${path}.`);
    }
    if (size > MAX_UPLOAD_BYTES) throw new AppError("too_large", `Tệp lớn hơn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
    const result = await withDatabase(config, (db) =>
      importZones(db, new Uint8Array(readFileSync(path)), { actor: cliActor, requestId: null, today: vietnamDateOf(new Date()) }),
    );
    console.log(`Đã nhập ${path}: ${result.created} khu mới, ${result.updated} khu cập nhật, ${result.unchanged} khu không đổi.`);
  },
};
