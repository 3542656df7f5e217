import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * What a scanner gives: the text printed by LibreOffice, its first `pages` pages rasterised by
 * pdftoppm to JPEGs at 150 dpi, each wrapped as an image in a hand-written PDF (no fonts, no text layer).
 */
export function scannedPdfOf(text: string, pages = 1, options: { blankPageAfter?: boolean } = {}): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "dondoc-scan-"));
  try {
    writeFileSync(join(dir, "page.txt"), text);
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "page.txt")], { stdio: "ignore" });
    execFileSync("pdftoppm", ["-f", "1", "-l", String(pages), "-r", "150", "-jpeg", join(dir, "page.pdf"), join(dir, "img")]);
    if (options.blankPageAfter) {
      // a page with nothing on it, as a scanner gives for the blank back of a sheet
      writeFileSync(join(dir, "blank.pdf"), blankPdf());
      execFileSync("pdftoppm", ["-r", "150", "-jpeg", "-singlefile", join(dir, "blank.pdf"), join(dir, "zblank")]);
    }
    const images = readdirSync(dir)
      .filter((f) => (f.startsWith("img") || f.startsWith("zblank")) && f.endsWith(".jpg"))
      .sort()
      .map((f) => readFileSync(join(dir, f)));
    return imagePdf(images);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function imagePdf(jpegs: Buffer[]): Uint8Array {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === "string" ? Buffer.from(b, "latin1") : b;
    parts.push(buf);
    length += buf.length;
  };
  push("%PDF-1.4\n");
  const content = "q 595 0 0 842 0 0 cm /Im0 Do Q";
  // objects: 1 catalog, 2 pages, then per page: page, image, content
  const objects: (string | [string, Buffer])[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${jpegs.map((_, i) => `${3 + i * 3} 0 R`).join(" ")}] /Count ${jpegs.length} >>`,
  ];
  jpegs.forEach((jpeg, i) => {
    const n = 3 + i * 3;
    const sof = sofOffset(jpeg);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${n + 1} 0 R >> >> /Contents ${n + 2} 0 R >>`,
      [
        `<< /Type /XObject /Subtype /Image /Width ${jpeg.readUInt16BE(sof + 7)} /Height ${jpeg.readUInt16BE(sof + 5)} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>`,
        jpeg,
      ],
      [`<< /Length ${content.length} >>`, Buffer.from(content)],
    );
  });
  objects.forEach((o, i) => {
    offsets.push(length);
    if (typeof o === "string") push(`${i + 1} 0 obj\n${o}\nendobj\n`);
    else {
      push(`${i + 1} 0 obj\n${o[0]}\nstream\n`);
      push(o[1]);
      push("\nendstream\nendobj\n");
    }
  });
  const xref = length;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`);
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts));
}

/** Where the JPEG's frame header (SOF0/SOF2) starts. */
function sofOffset(jpeg: Buffer): number {
  let at = 2;
  while (at < jpeg.length) {
    const marker = jpeg.readUInt16BE(at);
    if (marker === 0xffc0 || marker === 0xffc2) return at;
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  throw new Error("not a JPEG");
}

/** A one-page PDF with nothing on it, written by hand. */
export function blankPdf(): string {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return out;
}
