import { cliActor } from "@dondoc/server/audit/record-audit";
import { today } from "@dondoc/server/clock";
import type { Config } from "@dondoc/server/config";
import { importZones } from "@dondoc/server/features/zones/import-zones";
import { MAX_UPLOAD_BYTES } from "@dondoc/server/http/app";
import { readInputFile } from "../input-file";
import { withDatabase } from "../with-database";

export const importZonesCommand = {
  usage: "FILE.xlsx   nhập khu, cụm từ Excel (tất cả hoặc không dòng nào)",
  async run(args: string[], config: Config) {
    const { path, bytes } = readInputFile(config, args[0], "npm run dondoc -- import-zones khu-cum.xlsx", MAX_UPLOAD_BYTES);
    const result = await withDatabase(config, (db) => importZones(db, bytes, { actor: cliActor, requestId: null, today: today() }));
    console.log(`Đã nhập ${path}: ${result.created} khu mới, ${result.updated} khu cập nhật, ${result.unchanged} khu không đổi.`);
  },
};
