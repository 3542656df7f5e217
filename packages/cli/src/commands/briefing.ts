import { writeFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { AppError } from "@dondoc/domain";
import { today } from "@dondoc/server/clock";
import type { Config } from "@dondoc/server/config";
import { generateBriefing } from "@dondoc/server/features/reports/briefing-pack";
import { withDatabase } from "../with-database";

export const briefingCommand = {
  usage:
    "--meeting ID | --zone ID --out FILE.docx   tài liệu phục vụ cuộc họp (từng khu, cụm: số liệu, nhiệm vụ, thay đổi từ lần họp trước)",
  async run(args: string[], config: Config) {
    const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
    const meetingId = option("--meeting");
    const zoneId = option("--zone");
    const out = option("--out");
    if ((meetingId ? 1 : 0) + (zoneId ? 1 : 0) !== 1)
      throw new AppError(
        "invalid",
        "Cần đúng một trong --meeting (mã cuộc họp) hoặc --zone (mã khu, cụm). Ví dụ: npm run dondoc -- briefing --meeting seed-000-m1 --out tai-lieu-hop.docx",
      );
    if (!out || extname(out) !== ".docx") throw new AppError("invalid", "--out cần tên tệp .docx.");
    const target = meetingId ? { meetingId } : { zoneId: zoneId as string };
    const path = resolve(config.invocationDir, out);
    const { bytes } = await withDatabase(config, (db) => generateBriefing(db, target, today()));
    writeFileSync(path, bytes);
    console.log(`Đã ghi ${path}`);
  },
};
