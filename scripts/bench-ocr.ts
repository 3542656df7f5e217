/**
 * OCR seconds per page: notice 000 printed by LibreOffice, its pages rasterised and wrapped as a
 * scan without a text layer, then read by the server's extraction (pdftoppm + tesseract -l vie).
 * Prints seconds per page and how many tasks the reader proposes from the recognised text.
 */
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { reader } from "@dondoc/domain";
import { testRegistry } from "../packages/domain/src/reader/test-registry";
import { extractDocumentText } from "../packages/server/src/files/extract-text";
import { scannedPdfOf } from "../packages/server/test/support/scanned-pdf";

const text = readFileSync(new URL("../packages/domain/src/reader/golden/000_a661d64dc68d3fc7.txt", import.meta.url), "utf8");
const pdf = scannedPdfOf(text, Number(process.argv[2] ?? 3));
const started = performance.now();
const read = await extractDocumentText(pdf, (p) => process.stdout.write(`  trang ${p.page}/${p.pages}…\n`));
const seconds = (performance.now() - started) / 1000;
const pages = read.ocr?.pages ?? 0;
const tasks = reader.readDocument(read.text, testRegistry).tasks.length;
console.log(
  `OCR (tesseract vie, ${cpus().length} cores): ${pages} pages in ${seconds.toFixed(1)} s = ${(seconds / pages).toFixed(1)} s/page; unreadable pages: ${read.ocr?.unreadable.length ?? 0}`,
);
console.log(`tasks proposed from the recognised text: ${tasks} (16 in the text layer of notice 000)`);
