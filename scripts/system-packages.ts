import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

/**
 * The Debian packages the full test run needs, each with how to tell it is already there.
 * `npm test` (and so `.ci/run`) installs the missing ones with apt-get — through sudo when not
 * root — so that a machine with only Node.js needs nothing else by hand.
 */
const has = (path: string) => existsSync(path);
const hasPostgres = () =>
  has("/usr/lib/postgresql") && readdirSync("/usr/lib/postgresql").some((v) => has(`/usr/lib/postgresql/${v}/bin/initdb`));
const hasFont = (name: string) => spawnSync("fc-list", [], { encoding: "utf8" }).stdout?.includes(name) ?? false;

export const systemPackages: { name: string; why: string; present: () => boolean }[] = [
  { name: "chromium", why: "kiểm thử trình duyệt / browser tests", present: () => has("/usr/bin/chromium") },
  { name: "postgresql", why: "máy chủ PostgreSQL cho kiểm thử / PostgreSQL tests", present: hasPostgres },
  { name: "libreoffice-writer-nogui", why: "dựng báo cáo .docx ra PDF / render reports", present: () => has("/usr/bin/soffice") },
  { name: "poppler-utils", why: "pdfinfo, pdftoppm", present: () => has("/usr/bin/pdftoppm") && has("/usr/bin/pdfinfo") },
  { name: "fonts-liberation2", why: "phông Times New Roman tương đương / report fonts", present: () => hasFont("Liberation Serif") },
  { name: "tesseract-ocr", why: "đọc văn bản quét (OCR) / OCR of scanned PDFs", present: () => has("/usr/bin/tesseract") },
  {
    name: "tesseract-ocr-vie",
    why: "dữ liệu tiếng Việt cho OCR / Vietnamese OCR data",
    present: () => has("/usr/share/tesseract-ocr/5/tessdata/vie.traineddata"),
  },
  { name: "faketime", why: "chạy lại kiểm thử với đồng hồ dời một năm / clock-shifted run", present: () => has("/usr/bin/faketime") },
];

/** Installs what is missing; returns the names that are still missing afterwards. */
export function installMissingSystemPackages(): string[] {
  const missing = systemPackages.filter((p) => !p.present());
  if (missing.length === 0) return [];
  const names = missing.map((p) => p.name);
  console.log(`\nCài gói Debian còn thiếu / installing missing Debian packages: ${names.join(", ")}`);
  const root = process.getuid?.() === 0;
  const apt = (...args: string[]) =>
    spawnSync(root ? "env" : "sudo", [...(root ? [] : ["env"]), "DEBIAN_FRONTEND=noninteractive", "apt-get", ...args], {
      stdio: "inherit",
    });
  apt("update", "-qq");
  apt("install", "-y", "-qq", "--no-install-recommends", ...names);
  return systemPackages.filter((p) => !p.present()).map((p) => `${p.name} (${p.why})`);
}
