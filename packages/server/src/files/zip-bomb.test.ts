import { createDeflateRaw } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../test/support/test-database";
import { checkZip } from "./check-upload";

/**
 * A zip whose headers say 1 000 bytes but whose one entry inflates to `inflatedMb` MB of XML-ish
 * zeros: what an attacker uploads as .xlsx/.docx. Built by streaming, so the test itself never
 * holds the inflated bytes.
 */
async function lyingZip(name: string, inflatedMb: number): Promise<Uint8Array> {
  const deflater = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflater.on("data", (c: Buffer) => parts.push(c));
  const done = new Promise((resolve) => deflater.on("end", resolve));
  const mb = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < inflatedMb; i++) {
    if (!deflater.write(mb)) await new Promise((r) => deflater.once("drain", r));
  }
  deflater.end();
  await done;
  const data = Buffer.concat(parts);
  const file = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(1000, 18); // compressed size: a lie
  local.writeUInt32LE(1000, 22); // uncompressed size: a lie
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(1000, 24); // the lie the old check trusted
  central.writeUInt16LE(file.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + file.length + data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + file.length, 12);
  eocd.writeUInt32LE(centralOffset, 16);
  return new Uint8Array(Buffer.concat([local, file, data, central, file, eocd]));
}

let t: TestContext;
let bomb: Uint8Array;
let docxBomb: Uint8Array;
beforeAll(async () => {
  t = await createTestContext();
  bomb = await lyingZip("xl/worksheets/sheet1.xml", 600);
  docxBomb = await lyingZip("word/document.xml", 600);
}, 60_000);
afterAll(() => t.cleanup());

async function upload(client: Client, path: string, bytes: Uint8Array, name: string, field = "file", fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.append(field, new File([Buffer.from(bytes)], name));
  const res = await client.request(path, { method: "POST", body: form });
  return { status: res.status, body: (await res.json()) as { error?: { message: string } } };
}

const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

describe("a zip that lies about its sizes (600 MB inflated, 1 000 bytes declared)", () => {
  it("is refused by the check itself, which counts what actually inflates", async () => {
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    await expect(checkZip(bomb, "Tệp Excel")).rejects.toThrow("Tệp Excel khi giải nén vượt quá 50 MB; không xử lý.");
    // a small honest zip passes
    await expect(checkZip(await lyingZip("a.xml", 1), "Tệp")).resolves.toBeUndefined();
  });

  it("through every upload route, four at a time, gets a 4xx and the process grows by less than 200 MB", async () => {
    const investor = await t.as("investor", "ld-tan-dai-nam");
    const sct = await t.as("agency", "so-cong-thuong");
    const office = await t.as("office");
    const board = await t.as("agency", "ban-quan-ly-khu-ktck");
    const tasks = await board.get<{ items: { occurrenceId: number; leads: { agencyId: string }[] }[] }>("/api/tasks?asOf=2026-11-22");
    const occurrence = tasks.body.items.find((l) => l.leads.some((a) => a.agencyId === "ban-quan-ly-khu-ktck"))?.occurrenceId;
    expect(occurrence).toBeDefined();
    const calls = [
      () => upload(investor, "/api/progress/import", bomb, "so-lieu.xlsx"),
      () => upload(sct, "/api/zones/import", bomb, "khu-cum.xlsx"),
      () => upload(office, "/api/reader/drafts", docxBomb, "thong-bao.docx"),
      () => upload(board, `/api/occurrences/${occurrence}/events`, docxBomb, "bao-cao.docx", "files", { type: "progress", text: "thử" }),
    ];
    const before = rssMb();
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMb());
    }, 20);
    try {
      for (const call of calls) {
        const results = await Promise.all([call(), call(), call(), call()]);
        for (const r of results) {
          expect(r.status).toBe(422);
          expect(r.body.error?.message).toMatch(/khi giải nén vượt quá 50 MB; không xử lý\.$/);
        }
      }
    } finally {
      clearInterval(sampler);
    }
    expect(peak - before).toBeLessThan(200);
  }, 120_000);
});
