import type { Config } from "@dondoc/server/config";
import { readUpload } from "@dondoc/server/features/reader/read-upload";
import { readInputFile } from "../input-file";
import { withDatabase } from "../with-database";

export const readCommand = {
  usage:
    "FILE [--json]   đọc văn bản (.txt UTF-8/UTF-16/TCVN3/VNI, .docx, .doc, .pdf, bản quét .pdf qua OCR) và in đề xuất văn bản, cuộc họp, nhiệm vụ",
  async run(args: string[], config: Config) {
    const { bytes } = readInputFile(
      config,
      args.find((a) => !a.startsWith("--")),
      "npm run dondoc -- read thong-bao.docx --json",
      20 * 1024 * 1024,
    );
    const { proposal, notices } = await withDatabase(config, (db) =>
      readUpload(db, bytes, (p) => console.error(`Đang nhận dạng chữ trang ${p.page}/${p.pages}…`)),
    );
    for (const notice of notices) console.error(notice);
    if (args.includes("--json")) {
      console.log(JSON.stringify(proposal, null, 2));
      return;
    }
    console.log(`${proposal.docType ?? "?"} ${proposal.number ?? "(chưa số)"} — ${proposal.title ?? ""}`);
    for (const [i, t] of proposal.tasks.entries())
      console.log(`${i + 1}. [${t.lead.join(", ")}] ${t.summary} — ${t.deadlineText ?? t.deadline.kind}`);
  },
};
