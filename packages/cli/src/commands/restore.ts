import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { AppError, vietnamDateOf } from "@dondoc/domain";
import { cliActor, recordAudit } from "@dondoc/server/audit/record-audit";
import { restoreDatabase } from "@dondoc/server/backup/backup";
import type { Config } from "@dondoc/server/config";
import { withDatabase } from "../with-database";

export const restoreCommand = {
  usage: "FILE.json.gz   khôi phục dữ liệu từ bản sao lưu (thay toàn bộ dữ liệu hiện có)",
  async run(args: string[], config: Config) {
    const [file] = args;
    if (!file) throw new AppError("invalid", "Cần đường dẫn tệp sao lưu, ví dụ: npm run dondoc -- restore dondoc-2026-11-23.json.gz");
    const path = resolve(config.invocationDir, file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new AppError("not_found", `Không tìm thấy tệp ${path}.`);
    }
    const result = await withDatabase(config, async (db) => {
      const restored = await restoreDatabase(db, bytes);
      await recordAudit(
        db,
        { actor: cliActor, requestId: null, today: vietnamDateOf(new Date()) },
        { action: "restore", entity: "database", entityId: null, after: { file: path, backupCreatedAt: restored.createdAt } },
      );
      return restored;
    });
    console.log(`Đã khôi phục ${result.rows} dòng từ bản sao lưu lập lúc ${result.createdAt}.`);
  },
};
