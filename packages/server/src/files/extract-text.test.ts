import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AppError, reader } from "@dondoc/domain";
import { describe, expect, it } from "vitest";
import { testRegistry as readerTestRegistry } from "../../../domain/src/reader/test-registry";
import { scannedPdfOf } from "../../test/support/scanned-pdf";
import { sniff } from "./check-upload";
import { extractDocumentText } from "./extract-text";
import { tcvn3ToUnicode, vniToUnicode } from "./legacy-vietnamese";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const SEED_000 = readFileSync(here("../../../domain/src/reader/golden/000_a661d64dc68d3fc7.txt"), "utf8").normalize("NFC");
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const tasksOf = (text: string) => reader.readDocument(text, readerTestRegistry).tasks;

describe("plain text as offices save it", () => {
  it("accepts UTF-8 whose 3-byte character is cut by the 4 096-byte sniffing boundary", async () => {
    for (const pad of [4094, 4095]) {
      const bytes = concat(utf8("a".repeat(pad)), utf8("ệ"), utf8(`\n${SEED_000}`));
      expect(bytes[4096]).toBeGreaterThanOrEqual(0x80); // the boundary falls inside "ệ"
      expect(sniff(bytes)).toBe("text");
      const { text, kind } = await extractDocumentText(bytes);
      expect(kind).toBe("txt");
      expect(text.slice(pad, pad + 1)).toBe("ệ");
    }
  });

  it("reads UTF-8 with a BOM and CRLF line ends as the same text (16 tasks of notice 000)", async () => {
    const bytes = concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(SEED_000.replace(/\n/g, "\r\n")));
    const { text, notices } = await extractDocumentText(bytes);
    expect(text).toBe(SEED_000);
    expect(notices).toEqual([]);
    expect(tasksOf(text)).toHaveLength(16);
  });

  it.each([
    ["UTF-16 LE", "utf16le" as const, [0xff, 0xfe]],
    ["UTF-16 BE", "utf16be" as const, [0xfe, 0xff]],
  ])("reads %s with its BOM", async (_name, encoding, bom) => {
    const le = Buffer.from(SEED_000.replace(/\n/g, "\r\n"), "utf16le");
    const body = encoding === "utf16be" ? Buffer.from(le).swap16() : le;
    const { text } = await extractDocumentText(concat(new Uint8Array(bom), body));
    expect(text).toBe(SEED_000);
  });
});

const SENTENCE =
  "Thông báo kết luận của đồng chí Chủ tịch về việc thực hiện nhiệm vụ tại cụm công nghiệp. Giao Sở Công Thương chủ trì, phối hợp với các sở, ngành và đơn vị liên quan đẩy nhanh tiến độ đầu tư xây dựng hạ tầng, báo cáo kết quả trước ngày 15/12/2026.";

describe("legacy Vietnamese encodings", () => {
  it("converts a TCVN3 (ABC) file made by glibc's iconv (TCVN5712-1) to Unicode NFC", async () => {
    const { text, kind, notices } = await extractDocumentText(readFileSync(here("fixtures/tcvn3-sample.txt")));
    expect(kind).toBe("txt");
    expect(text).toBe(SENTENCE);
    expect(text).toBe(text.normalize("NFC"));
    expect(notices[0]).toContain("TCVN3");
  });

  it("converts a whole notice in TCVN 5712 (capitals with tones included) made by iconv: 16 tasks of notice 000", async () => {
    // -c drops what TCVN cannot hold (the footnote mark "¹"); glibc's own way back is the expected text
    const tcvn = execFileSync("iconv", ["-c", "-f", "UTF-8", "-t", "TCVN5712-1"], { input: SEED_000 });
    const expected = execFileSync("iconv", ["-f", "TCVN5712-1", "-t", "UTF-8"], { input: tcvn }).toString("utf8").normalize("NFC");
    expect(tcvn.some((b) => b >= 0x80 && b < 0xa0)).toBe(true); // capitals with a tone, such as "Ủ", sit at 0x80–0x9F
    const { text } = await extractDocumentText(new Uint8Array(tcvn));
    expect(text).toBe(expected);
    // capitals TCVN 5712 puts in control codes (Ý 0x16, Ứ 0x11) are letters, not junk
    const caps = "Ý kiến của đồng chí Chủ tịch về việc Ứng dụng công nghệ thực hiện nhiệm vụ tại khu công nghiệp.";
    const capsBytes = execFileSync("iconv", ["-f", "UTF-8", "-t", "TCVN5712-1"], { input: caps });
    expect([...capsBytes].filter((b) => b < 0x20)).toEqual([0x16, 0x11]);
    expect((await extractDocumentText(new Uint8Array(capsBytes))).text).toBe(caps);
    expect(tasksOf(text)).toHaveLength(16);
  });

  it("converts a VNI-Windows file (bytes as Windows-1252) to Unicode NFC", async () => {
    const vni =
      "Thoâng baùo keát luaän cuûa ñoàng chí Chuû tòch veà vieäc thöïc hieän nhieäm vuï taïi cuïm coâng nghieäp. Giao Sôû Coâng Thöông chuû trì, phoái hôïp vôùi caùc sôû, ngaønh vaø ñôn vò lieân quan ñaåy nhanh tieán ñoä ñaàu tö xaây döïng haï taàng, baùo caùo keát quaû tröôùc ngaøy 15/12/2026.";
    const { text, notices } = await extractDocumentText(new Uint8Array(Buffer.from(vni, "latin1")));
    expect(text).toBe(SENTENCE);
    expect(notices[0]).toContain("VNI");
    expect(vniToUnicode("ÑAÊNG KYÙ Ö")).toBe("ĐĂNG KÝ Ư");
  });

  it("converts TCVN3 glyphs pasted into a UTF-8 file, and leaves Unicode Vietnamese untouched", async () => {
    const glyphs = new TextDecoder("windows-1252").decode(readFileSync(here("fixtures/tcvn3-sample.txt")));
    expect((await extractDocumentText(utf8(glyphs))).text).toBe(SENTENCE);
    expect((await extractDocumentText(utf8(SENTENCE))).text).toBe(SENTENCE);
    expect(tcvn3ToUnicode("B¶o Th¾ng")).toBe("Bảo Thắng");
  });

  it("refuses bytes that are no Vietnamese encoding with a clear message", async () => {
    const junk = new Uint8Array(3000).map((_, i) => 0x80 + ((i * 37) % 0x7f));
    await expect(extractDocumentText(junk)).rejects.toThrow(/bảng mã/);
    await expect(extractDocumentText(junk)).rejects.toBeInstanceOf(AppError);
  });
});

describe("Word 97–2003", () => {
  it("reads a .doc made by LibreOffice from notice 000 (16 tasks)", async () => {
    const { text, kind } = await extractDocumentText(readFileSync(here("fixtures/notice-000.doc")));
    expect(kind).toBe("doc");
    expect(text).toContain("Cụm công nghiệp Hòa Sơn 1");
    expect(tasksOf(text)).toHaveLength(16);
  });

  it("answers a broken .doc with a Vietnamese error", async () => {
    const doc = readFileSync(here("fixtures/notice-000.doc")).subarray(0, 2048);
    await expect(extractDocumentText(new Uint8Array(doc))).rejects.toThrow(/Word 97–2003/);
  });
});

describe("scanned PDF", () => {
  it("reads a page rendered to an image and wrapped in a PDF without a text layer by OCR, names the blank page it cannot read, and proposes its tasks", async () => {
    const pdf = scannedPdfOf(SEED_000.split("\n").slice(0, 40).join("\n"), 1, { blankPageAfter: true });
    const pages: number[] = [];
    const read = await extractDocumentText(pdf, (p) => pages.push(p.page));
    expect(read.kind).toBe("pdf-ocr");
    expect(pages).toEqual([1, 2]);
    // the blank back of the sheet cannot be read, and the reviewer is told which page
    expect(read.ocr?.unreadable).toEqual([2]);
    expect(read.notices).toEqual([
      expect.stringMatching(/^Văn bản được nhận dạng từ bản quét \(OCR, 2 trang, [\d,]+ giây\)/),
      "Không đọc được chữ ở trang 2: hãy nhập tay nội dung các trang này.",
    ]);
    expect(read.text).toMatch(/Hòa Sơn/);
    expect(tasksOf(read.text).length).toBeGreaterThanOrEqual(1);
  }, 120_000);
});
