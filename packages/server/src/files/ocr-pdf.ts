import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { AppError } from "@dondoc/domain";

const run = promisify(execFile);

/** At most this many pages are recognised; each page gets at most PAGE_SECONDS, the whole file TOTAL_SECONDS. */
export const OCR_LIMITS = { maxPages: 10, pageSeconds: 60, totalSeconds: 300, dpi: 300 } as const;

export interface OcrProgress {
  page: number;
  pages: number;
}
export interface OcrResult {
  text: string;
  pages: number;
  /** 1-based numbers of the pages that gave no text (blank, a photo, too blurred) */
  unreadable: number[];
  seconds: number;
}

/**
 * A scanned PDF read by OCR: each page rasterised by pdftoppm (poppler-utils), then recognised by
 * tesseract with the Vietnamese trained data (tesseract-ocr-vie). Both are child processes, so the
 * server's event loop keeps answering while a page is read; each is killed at its time limit.
 */
export async function ocrPdf(bytes: Uint8Array, pageCount: number, onProgress: (p: OcrProgress) => void = () => {}): Promise<OcrResult> {
  const started = performance.now();
  const pages = Math.min(pageCount, OCR_LIMITS.maxPages);
  const dir = await mkdtemp(join(tmpdir(), "dondoc-ocr-"));
  try {
    const pdf = join(dir, "in.pdf");
    await writeFile(pdf, bytes);
    const texts: string[] = [];
    const unreadable: number[] = [];
    for (let page = 1; page <= pages; page++) {
      onProgress({ page, pages });
      const left = OCR_LIMITS.totalSeconds * 1000 - (performance.now() - started);
      if (left <= 0) throw new AppError("invalid", `Nhận dạng chữ quá ${OCR_LIMITS.totalSeconds} giây: đã dừng ở trang ${page}/${pages}.`);
      const timeout = Math.min(OCR_LIMITS.pageSeconds * 1000, left);
      let text = "";
      try {
        const prefix = join(dir, `p${page}`);
        await run("pdftoppm", ["-f", String(page), "-l", String(page), "-r", String(OCR_LIMITS.dpi), "-gray", "-png", pdf, prefix], {
          timeout,
        });
        const image = (await readdir(dir)).find((f) => f.startsWith(`p${page}-`) && f.endsWith(".png"));
        if (image) {
          const out = await run("tesseract", [join(dir, image), "stdout", "-l", "vie", "--psm", "3"], {
            timeout,
            maxBuffer: 4 * 1024 * 1024,
          });
          text = out.stdout;
        }
      } catch (error) {
        if (isMissingTool(error))
          throw new AppError("invalid", "Máy chủ chưa cài công cụ nhận dạng chữ (tesseract-ocr, poppler-utils): không đọc được bản quét.");
        text = "";
      }
      if (text.replace(/\s+/g, "").length < 10) unreadable.push(page);
      texts.push(text.trim());
    }
    return { text: texts.join("\n\n").normalize("NFC"), pages, unreadable, seconds: (performance.now() - started) / 1000 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function isMissingTool(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "ENOENT";
}
