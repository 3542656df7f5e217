import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/src/config";
import { startServer } from "../../server/src/server";
import { engine, freshDatabaseConfig } from "../../server/test/support/test-database";

const root = resolve(import.meta.dirname, "../../..");
const work = mkdtempSync(join(tmpdir(), "dondoc-cli-"));
let db: Awaited<ReturnType<typeof freshDatabaseConfig>>;

beforeAll(async () => {
  db = await freshDatabaseConfig();
});
afterAll(async () => {
  await db.drop();
  rmSync(work, { recursive: true, force: true });
});

function dondoc(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "packages/cli/src/main.ts", ...args], {
    cwd: root,
    env: { ...process.env, ...db.env, INIT_CWD: work, LOG_LEVEL: "warn" },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("npm run dondoc", () => {
  it("export-zones writes the filtered list, import-zones reads it back unchanged", async () => {
    const exported = dondoc("export-zones", "ccn.xlsx", "--kind", "CCN");
    expect(exported.err).toBe("");
    expect(exported.code).toBe(0);
    expect(existsSync(join(work, "ccn.xlsx"))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(work, "ccn.xlsx"));
    expect(wb.worksheets[0]?.rowCount).toBe(25);

    const imported = dondoc("import-zones", "ccn.xlsx");
    expect(imported.code).toBe(0);
    expect(imported.out).toContain("0 khu mới, 0 khu cập nhật, 24 khu không đổi");
  });

  it("backup then restore brings the data back as it was", async () => {
    expect(dondoc("backup", "sao-luu.json.gz").code).toBe(0);
    const changed = dondoc("import-zones", "ccn.xlsx");
    expect(changed.code).toBe(0);
    const restored = dondoc("restore", "sao-luu.json.gz");
    expect(restored.err).toBe("");
    expect(restored.out).toMatch(/Đã khôi phục \d+ dòng/);
    expect(dondoc("restore", "ccn.xlsx").err).toContain("Tệp sao lưu bị hỏng");
  });

  it("report annual writes .xlsx or .docx by the file's extension; briefing writes a meeting's pack", async () => {
    const annual = dondoc("report", "annual", "--year", "2026", "--out", "nam.xlsx");
    expect(annual.err).toBe("");
    expect(annual.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(work, "nam.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toContain("Mục tiêu");
    const briefing = dondoc("briefing", "--meeting", "seed-000-m1", "--out", "hop.docx");
    expect(briefing.err).toBe("");
    expect(briefing.out).toContain("hop.docx");
    expect(readFileSync(join(work, "hop.docx")).subarray(0, 2).toString()).toBe("PK");
    const wrong = dondoc("report", "annual", "--year", "hai-nghin", "--out", "nam.pdf");
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain("--out cần tên tệp .docx hoặc .xlsx.");
    expect(dondoc("briefing", "--out", "x.docx").err).toContain("Cần đúng một trong --meeting");
  }, 120_000);

  it("explains a missing file and an unknown command in Vietnamese", () => {
    const missing = dondoc("import-zones", "khong-co.xlsx");
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("Không tìm thấy tệp");
    const unknown = dondoc("lam-gi-do");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Không có lệnh "lam-gi-do"');
  });

  it.runIf(engine === "pglite")("refuses the embedded data folder while the server holds it", async () => {
    const server = await startServer(loadConfig({ ...db.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent" }));
    try {
      const r = dondoc("export-zones", "x.xlsx");
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/đang được tiến trình \d+ sử dụng/);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
