import { AppError } from "@dondoc/domain";
import { TCVN3_LETTER_CONTROLS } from "./legacy-vietnamese";

/**
 * Upload checks before any parser sees the bytes: the content type is sniffed from the bytes
 * (not the file name), and a zip (.xlsx/.docx) is refused when its entries would expand beyond a
 * limit (a "zip bomb") or when it is not a well-formed zip at all.
 */
export type SniffedType = "zip" | "pdf" | "ole" | "text" | "unknown";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniff(bytes: Uint8Array): SniffedType {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "zip";
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return "pdf";
  if (OLE.every((b, i) => bytes[i] === b)) return "ole";
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return "text";
  const head = bytes.subarray(0, 4096);
  if (head.length === 0 || head.includes(0)) return "unknown";
  // a control character other than tab, line feed, form feed, carriage return or a TCVN 5712 capital: not a text file
  if (head.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && !TCVN3_LETTER_CONTROLS.has(b))) return "unknown";
  // UTF-8, or a single-byte legacy Vietnamese encoding (TCVN3, VNI) that decodeText converts
  return "text";
}

const MAX_EXPANDED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 2000;

/** Sums the uncompressed sizes in the zip's central directory. */
export function checkZip(bytes: Uint8Array, what = "Tệp"): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = () => new AppError("invalid", `${what} bị hỏng hoặc không đúng định dạng.`);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad();
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (entries > MAX_ENTRIES) throw new AppError("invalid", `${what} có quá nhiều thành phần (${entries}).`);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw bad();
    const uncompressed = view.getUint32(offset + 24, true);
    total += uncompressed === 0xffffffff ? Number.POSITIVE_INFINITY : uncompressed;
    if (total > MAX_EXPANDED_BYTES)
      throw new AppError("invalid", `${what} khi giải nén vượt quá ${MAX_EXPANDED_BYTES / 1024 / 1024} MB; không xử lý.`);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
}

export function requireXlsx(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new AppError("invalid", "Tệp tải lên đang trống.");
  if (sniff(bytes) !== "zip") throw new AppError("invalid", "Tệp tải lên không phải tệp Excel (.xlsx).");
  checkZip(bytes, "Tệp Excel");
}
