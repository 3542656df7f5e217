import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { AppError } from "@dondoc/domain";
import type { Config } from "@dondoc/server/config";
import { readUpload } from "@dondoc/server/features/reader/read-upload";
import { withDatabase } from "../with-database";

const MAX_BYTES = 20 * 1024 * 1024;

export const readCommand = {
  usage: "FILE [--json]   đọc thông báo (.txt, .docx, .pdf) và in đề xuất văn bản, cuộc họp, nhiệm vụ",
  async run(args: string[], config: Config) {
    const file = args.find((a) => !a.startsWith("--"));
    if (!file) throw new AppError("invalid", "Cần đường dẫn tệp, ví dụ: npm run dondoc -- read thong-bao.docx --json");
    const path = resolve(config.invocationDir, file);
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      throw new AppError("not_found", `Không tìm thấy tệp ${path}.`);
    }
    if (size > MAX_BYTES) throw new AppError("too_large", "Tệp lớn hơn 20 MB.");
    const { proposal } = await withDatabase(config, (db) => readUpload(db, new Uint8Array(readFileSync(path))));
    if (args.includes("--json")) {
      console.log(JSON.stringify(proposal, null, 2));
      return;
    }
    console.log(`${proposal.docType ?? "?"} ${proposal.number ?? "(chưa số)"} — ${proposal.title ?? ""}`);
    for (const [i, t] of proposal.tasks.entries())
      console.log(`${i + 1}. [${t.lead.join(", ")}] ${t.summary} — ${t.deadlineText ?? t.deadline.kind}`);
  },
};
