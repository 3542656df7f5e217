import { AppError } from "@dondoc/domain";
import { fixLegacyVietnamese, type TextEncodingName, vietnameseScore } from "./legacy-vietnamese";

/**
 * Bytes of a plain text file → Unicode NFC with "\n" line ends. UTF-8 (with or without BOM),
 * UTF-16 with a BOM, and single-byte TCVN3 or VNI files (one byte = one code point, then converted by the tables).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName | "utf-16" } {
  let text: string;
  let utf16 = false;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
    utf16 = true;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
    utf16 = true;
  } else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      const legacy = fixLegacyVietnamese(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("latin1"));
      if (legacy.encoding === "unicode" || vietnameseScore(legacy.text) < 3)
        throw new AppError(
          "invalid",
          "Không nhận ra bảng mã của tệp văn bản (không phải UTF-8, UTF-16, TCVN3 hay VNI); hãy lưu lại dưới dạng Unicode UTF-8.",
        );
      return { text: legacy.text.replace(/\r\n?/g, "\n"), encoding: legacy.encoding };
    }
  }
  const fixed = fixLegacyVietnamese(text.replace(/\r\n?/g, "\n"));
  return { text: fixed.text, encoding: utf16 && fixed.encoding === "unicode" ? "utf-16" : fixed.encoding };
}
