import { cliActor, recordAudit } from "@dondoc/server/audit/record-audit";
import { restoreDatabase } from "@dondoc/server/backup/backup";
import { today } from "@dondoc/server/clock";
import type { Config } from "@dondoc/server/config";
import { readInputFile } from "../input-file";
import { withDatabase } from "../with-database";

export const restoreCommand = {
  usage: "FILE.json.gz   khôi phục dữ liệu từ bản sao lưu (thay toàn bộ dữ liệu hiện có)",
  async run(args: string[], config: Config) {
    const { bytes } = readInputFile(config, args[0], "npm run dondoc -- restore dondoc-2026-11-23.json.gz", 1024 * 1024 * 1024);
    const result = await withDatabase(config, async (db) => {
      const restored = await restoreDatabase(db, bytes);
      await recordAudit(
        db,
        { actor: cliActor, requestId: null, today: today() },
        { action: "restore", entity: "database", entityId: null, after: { backupCreatedAt: restored.createdAt } },
      );
      return restored;
    });
    console.log(`Đã khôi phục ${result.rows} dòng từ bản sao lưu lập lúc ${result.createdAt}.`);
  },
};
