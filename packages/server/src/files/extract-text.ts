import { AppError } from "@dondoc/domain";
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import { checkZip, sniff } from "./check-upload";

/**
 * The text of an uploaded .txt, .docx or .pdf (text layer), as NFC. The type is decided by the
 * bytes, not the name; what cannot be read gets a clear Vietnamese error, never a crash.
 */
export async function extractDocumentText(bytes: Uint8Array): Promise<{ text: string; kind: "txt" | "docx" | "pdf" }> {
  if (bytes.length === 0) throw new AppError("invalid", "Tệp tải lên đang trống.");
  const kind = sniff(bytes);
  if (kind === "text") {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).normalize("NFC"), kind: "txt" };
    } catch {
      throw new AppError("invalid", "Tệp văn bản không phải mã UTF-8; hãy lưu lại dưới dạng UTF-8.");
    }
  }
  if (kind === "zip") {
    await checkZip(bytes, "Tệp Word");
    let value: string;
    try {
      ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
    } catch {
      throw new AppError("invalid", "Không đọc được tệp Word (.docx): tệp bị hỏng hoặc không phải .docx.");
    }
    return { text: value.normalize("NFC"), kind: "docx" };
  }
  if (kind === "pdf") {
    let text: string;
    try {
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      ({ text } = await extractText(pdf, { mergePages: true }));
    } catch {
      throw new AppError("invalid", "Không đọc được tệp PDF: tệp bị hỏng.");
    }
    if (text.replace(/\s+/g, "").length < 20) {
      throw new AppError("invalid", "Tệp PDF không có lớp chữ (có thể là bản quét): cần tệp PDF có chữ hoặc tệp Word.");
    }
    return { text: text.normalize("NFC"), kind: "pdf" };
  }
  throw new AppError("invalid", "Chỉ đọc được tệp .txt, .docx hoặc .pdf có lớp chữ.");
}
