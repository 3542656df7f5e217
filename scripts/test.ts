import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findPostgresBin, startTempPostgres } from "./postgres-temp";

/**
 * `npm test`: every test, in order — unit (domain, web), server on the embedded database,
 * server on a real PostgreSQL, then browser tests in Chromium. What the machine lacks is said
 * plainly and fails the run; nothing is skipped silently.
 *   npm test -- static | unit | server | postgres | e2e     runs one stage
 */
const CHROMIUM = "/usr/bin/chromium";
const only = process.argv[2];
const stages = ["static", "unit", "server", "postgres", "e2e"].filter((s) => !only || s === only);

const missing: string[] = [];
if (stages.includes("e2e") && !existsSync(CHROMIUM)) {
  missing.push(`Chromium (${CHROMIUM}) cho kiểm thử trình duyệt: apt-get install -y --no-install-recommends chromium`);
}
if (
  (stages.includes("server") || stages.includes("postgres")) &&
  !["/usr/bin/soffice", "/usr/bin/pdfinfo", "/usr/bin/pdftoppm"].every(existsSync)
) {
  missing.push(
    "LibreOffice và poppler (soffice, pdfinfo, pdftoppm) để kiểm tra báo cáo .docx: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils",
  );
}
if (
  (stages.includes("server") || stages.includes("postgres")) &&
  !(existsSync("/usr/bin/tesseract") && existsSync("/usr/share/tesseract-ocr/5/tessdata/vie.traineddata"))
) {
  missing.push(
    "Tesseract với dữ liệu tiếng Việt (tesseract, vie.traineddata) để đọc bản quét: apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-vie",
  );
}
if (stages.includes("postgres") && !findPostgresBin()) {
  missing.push("PostgreSQL (initdb, pg_ctl trong /usr/lib/postgresql/*/bin): apt-get install -y postgresql");
}
if (missing.length > 0) {
  console.error(
    `\nThiếu phần mềm để chạy toàn bộ kiểm thử / missing for the full test run:\n${missing.map((m) => `  - ${m}`).join("\n")}\n`,
  );
  process.exit(1);
}

function run(label: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${label} ━━`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ label, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}
const results: { label: string; ok: boolean; seconds: number }[] = [];
const vitest = (...projects: string[]) => ["vitest", "run", ...projects.flatMap((p) => ["--project", p])];

if (stages.includes("static")) {
  run("types: tsc --noEmit", "npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]);
  run("lint and format: biome check", "npx", ["biome", "check", "--max-diagnostics=20"]);
}
if (stages.includes("unit")) run("unit: domain + web", "npx", vitest("domain", "web"));
if (stages.includes("server")) run("server: embedded PGlite", "npx", vitest("server"));
if (stages.includes("postgres")) {
  const pg = await startTempPostgres();
  console.log(`\n${pg.version} on ${pg.url}`);
  try {
    run("server: PostgreSQL", "npx", vitest("server"), { TEST_DATABASE_URL: pg.url });
  } finally {
    pg.stop();
  }
}
if (stages.includes("e2e")) {
  if (run("build web", "npm", ["run", "build:web"])) run("e2e: Chromium", "npx", vitest("e2e"));
}

console.log("\n━━ summary ━━");
for (const r of results) console.log(`${r.ok ? "✓" : "✗"} ${r.label} (${r.seconds.toFixed(1)} s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
