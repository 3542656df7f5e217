import { createInflateRaw } from "node:zlib";
import { AppError } from "@dondoc/domain";
import { TCVN3_LETTER_CONTROLS } from "./legacy-vietnamese";

/**
 * Upload checks before any parser sees the bytes: the content type is sniffed from the bytes
 * (not the file name), and a zip (.xlsx/.docx) is refused when inflating its entries actually
 * produces more than a limit (a "zip bomb") or when it is not a well-formed zip at all.
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

export interface ZipLimits {
  /** the most bytes all entries together may inflate to */
  maxExpandedBytes: number;
  maxEntries: number;
}

let limits: ZipLimits = { maxExpandedBytes: 50 * 1024 * 1024, maxEntries: 2000 };

/** Set once at start-up from the config (ZIP_MAX_EXPANDED_MB, ZIP_MAX_ENTRIES), like the log level. */
export function setZipLimits(next: ZipLimits): void {
  limits = { ...next };
}

export function zipLimits(): ZipLimits {
  return limits;
}

/**
 * Inflates every entry the central directory names, counting what actually comes out (the sizes a
 * zip declares are not trusted) and discarding it as it goes, so memory stays at one chunk however
 * large the bomb; stops at the cap. Each entry is inflated from its data to the end of the file,
 * the most any parser could read there (a prefix of a deflate stream inflates to a prefix).
 */
export async function checkZip(bytes: Uint8Array, what = "Tệp", cap: ZipLimits = limits): Promise<void> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = () => new AppError("invalid", `${what} bị hỏng hoặc không đúng định dạng.`);
  const tooBig = () =>
    new AppError("invalid", `${what} khi giải nén vượt quá ${Math.round(cap.maxExpandedBytes / 1024 / 1024)} MB; không xử lý.`);
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
  if (entries > cap.maxEntries) throw new AppError("invalid", `${what} có quá nhiều thành phần (${entries}).`);
  let budget = cap.maxExpandedBytes;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw bad();
    const method = view.getUint16(offset + 10, true);
    const declaredCompressed = view.getUint32(offset + 20, true);
    const local = view.getUint32(offset + 42, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw bad();
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart > bytes.length) throw bad();
    if (method === 0) {
      budget -= Math.min(declaredCompressed, bytes.length - dataStart);
      if (budget < 0) throw tooBig();
    } else if (method === 8) {
      const produced = await inflateCounting(bytes.subarray(dataStart), budget);
      if (produced === null) throw tooBig();
      budget -= produced;
    } else {
      throw bad();
    }
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
}

/** The number of bytes a raw deflate stream inflates to, or null as soon as it passes `budget`. */
function inflateCounting(input: Uint8Array, budget: number): Promise<number | null> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    let produced = 0;
    let settled = false;
    const finish = (value: number | null) => {
      if (settled) return;
      settled = true;
      inflater.removeAllListeners("data");
      inflater.destroy();
      resolve(value);
    };
    inflater.on("data", (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > budget) finish(null);
    });
    inflater.on("end", () => finish(produced));
    // a truncated or corrupt stream: what came out is what a parser could get; the parser then fails cleanly
    inflater.on("error", () => finish(produced));
    inflater.end(input);
  });
}

export async function requireXlsx(bytes: Uint8Array): Promise<void> {
  if (bytes.length === 0) throw new AppError("invalid", "Tệp tải lên đang trống.");
  if (sniff(bytes) !== "zip") throw new AppError("invalid", "Tệp tải lên không phải tệp Excel (.xlsx).");
  await checkZip(bytes, "Tệp Excel");
}
