import { AppError } from "@dondoc/domain";
import { checkZip, sniff } from "./check-upload";
import { decodeText } from "./decode-text";
import { fixLegacyVietnamese } from "./legacy-vietnamese";
import { OCR_LIMITS, type OcrProgress, ocrPdf } from "./ocr-pdf";

export type ExtractedKind = "txt" | "docx" | "doc" | "pdf" | "pdf-ocr";
export interface ExtractedText {
  text: string;
  kind: ExtractedKind;
  /** what the reviewer should know about how the text was obtained (legacy encoding, OCR, unreadable pages) */
  notices: string[];
  ocr?: { pages: number; pageCount: number; unreadable: number[]; seconds: number };
}

/**
 * The text of an uploaded .txt, .docx, .doc or .pdf (its text layer, or OCR when it is a scan), as
 * NFC. The type is decided by the bytes, not the name; what cannot be read gets a clear Vietnamese
 * error, never a crash.
 */
export async function extractDocumentText(bytes: Uint8Array, onOcrProgress?: (p: OcrProgress) => void): Promise<ExtractedText> {
  if (bytes.length === 0) throw new AppError("invalid", "Tệp tải lên đang trống.");
  const kind = sniff(bytes);
  if (kind === "text") {
    const { text, encoding } = decodeText(bytes);
    return { text, kind: "txt", notices: encodingNotice(encoding) };
  }
  if (kind === "zip") {
    await checkZip(bytes, "Tệp Word");
    let value: string;
    try {
      // the readers of .docx, .doc and .pdf load on first use (mammoth alone is ~150 ms of the server's start)
      const { default: mammoth } = await import("mammoth");
      ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
    } catch {
      throw new AppError("invalid", "Không đọc được tệp Word (.docx): tệp bị hỏng hoặc không phải .docx.");
    }
    return legacyChecked(value, "docx");
  }
  if (kind === "ole") {
    let body: string;
    try {
      const { default: WordExtractor } = await import("word-extractor");
      body = (await new WordExtractor().extract(Buffer.from(bytes))).getBody();
    } catch {
      throw new AppError("invalid", "Không đọc được tệp Word 97–2003 (.doc): tệp bị hỏng hoặc không phải .doc.");
    }
    return legacyChecked(body.replace(/\r\n?/g, "\n"), "doc");
  }
  if (kind === "pdf") {
    let text: string;
    let pageCount: number;
    try {
      const { extractText, getDocumentProxy } = await import("unpdf");
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      pageCount = pdf.numPages;
      ({ text } = await extractText(pdf, { mergePages: true }));
    } catch {
      throw new AppError("invalid", "Không đọc được tệp PDF: tệp bị hỏng.");
    }
    if (text.replace(/\s+/g, "").length >= 20) return legacyChecked(text, "pdf");
    const ocr = await ocrPdf(bytes, pageCount, onOcrProgress);
    if (ocr.unreadable.length === ocr.pages)
      throw new AppError(
        "invalid",
        "Tệp PDF không có lớp chữ và không nhận dạng được chữ trên trang nào (bản quét quá mờ hoặc trang trắng): cần bản quét rõ hơn, tệp PDF có chữ hoặc tệp Word.",
      );
    const notices = [
      `Văn bản được nhận dạng từ bản quét (OCR, ${ocr.pages} trang, ${ocr.seconds.toFixed(1).replace(".", ",")} giây): hãy đối chiếu với bản gốc.`,
    ];
    if (ocr.unreadable.length > 0)
      notices.push(`Không đọc được chữ ở trang ${ocr.unreadable.join(", ")}: hãy nhập tay nội dung các trang này.`);
    if (pageCount > ocr.pages)
      notices.push(`Chỉ nhận dạng ${OCR_LIMITS.maxPages} trang đầu trong ${pageCount} trang; các trang sau chưa được đọc.`);
    return {
      text: ocr.text,
      kind: "pdf-ocr",
      notices,
      ocr: { pages: ocr.pages, pageCount, unreadable: ocr.unreadable, seconds: ocr.seconds },
    };
  }
  throw new AppError("invalid", "Chỉ đọc được tệp .txt, .docx, .doc hoặc .pdf.");
}

function legacyChecked(text: string, kind: ExtractedKind): ExtractedText {
  const fixed = fixLegacyVietnamese(text);
  return { text: fixed.text, kind, notices: encodingNotice(fixed.encoding) };
}

function encodingNotice(encoding: string): string[] {
  if (encoding === "tcvn3") return ["Văn bản gõ bằng bảng mã TCVN3 (ABC, phông .VnTime): đã chuyển sang Unicode."];
  if (encoding === "vni") return ["Văn bản gõ bằng bảng mã VNI: đã chuyển sang Unicode."];
  return [];
}
