import { reader } from "@dondoc/domain";
import type { Db } from "../../db/client";
import { extractDocumentText } from "../../files/extract-text";
import type { OcrProgress } from "../../files/ocr-pdf";
import { loadReaderRegistry } from "./reader-registry";

/** Text of the file (OCR for a scan, reporting its pages), then the reader's proposal against the registry (nothing is saved). */
export async function readUpload(db: Db, bytes: Uint8Array, onOcrProgress?: (p: OcrProgress) => void) {
  const extracted = await extractDocumentText(bytes, onOcrProgress);
  const proposal = reader.readDocument(extracted.text, await loadReaderRegistry(db));
  return { ...extracted, proposal };
}
