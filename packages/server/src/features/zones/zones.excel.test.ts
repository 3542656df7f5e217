import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";
import { countZoneFacts } from "./zones.queries";

let t: TestContext;
let sct: Client;
beforeAll(async () => {
  t = await createTestContext();
  sct = await t.as("agency", "so-cong-thuong");
});
afterAll(() => t.cleanup());

async function exportFile(query = "") {
  const res = await sct.request(`/api/zones.xlsx${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("spreadsheetml");
  return new Uint8Array(await res.arrayBuffer());
}
async function open(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error("no sheet");
  return { wb, ws };
}
async function upload(bytes: Uint8Array, name = "zones.xlsx") {
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], name));
  const res = await sct.request("/api/zones/import", { method: "POST", body: form });
  return {
    status: res.status,
    body: (await res.json()) as {
      created?: number;
      updated?: number;
      unchanged?: number;
      error?: { message: string; details: { row?: number; column?: string; message: string }[] };
    },
  };
}
const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1).map(String);
const col = (ws: ExcelJS.Worksheet, name: string) => header(ws).indexOf(name) + 1;

describe("export", () => {
  it("writes the filtered list with Vietnamese headers, labels and numbers", async () => {
    const { ws, wb } = await open(await exportFile("?q=hoa%20son"));
    expect(ws.name).toBe("Khu, cụm công nghiệp");
    expect(header(ws).slice(0, 4)).toEqual(["Mã", "Loại", "Tên", "Giai đoạn"]);
    expect(ws.rowCount).toBe(3);
    const row = ws.getRow(2);
    expect(row.getCell(col(ws, "Tên")).value).toBe("CCN Hòa Sơn 1");
    expect(row.getCell(col(ws, "Giai đoạn")).value).toBe("Đã khởi công");
    expect(row.getCell(col(ws, "Diện tích (ha)")).value).toBe(74.9);
    expect(row.getCell(col(ws, "Xã, phường (từ 01/7/2025)")).value).toBe("Xã Tân Thành");
    expect(row.getCell(col(ws, "Ngày QĐ thành lập")).value).toBe("04/10/2023");
    expect(wb.getWorksheet("Nguồn")?.getCell("B3").value).toBe("q=hoa son");
  });
});

describe("import", () => {
  it("imports an exported file back with nothing changed, then applies an edited cell", async () => {
    const original = await exportFile("?kind=CCN");
    const same = await upload(original);
    expect(same.status).toBe(200);
    expect(same.body).toEqual({ created: 0, updated: 0, unchanged: 24 });

    const { wb, ws } = await open(original);
    const row = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(1).value === "ccn-minh-son");
    if (!row) throw new Error("Minh Sơn row missing");
    row.getCell(col(ws, "Diện tích (ha)")).value = 56.5;
    row.getCell(col(ws, "Giai đoạn")).value = "Đã thành lập";
    const next = ws.addRow([]);
    next.getCell(col(ws, "Loại")).value = "CCN";
    next.getCell(col(ws, "Tên")).value = "CCN Mới Từ Excel";
    next.getCell(col(ws, "Giai đoạn")).value = "Trong quy hoạch";
    next.getCell(col(ws, "Huyện cũ")).value = "Huyện Chi Lăng";
    next.getCell(col(ws, "Xã, phường (từ 01/7/2025)")).value = "Xã Chi Lăng";
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    const res = await upload(edited);
    expect(res.body).toEqual({ created: 1, updated: 1, unchanged: 23 });
    const minh = (await (await sct.request("/api/zones/ccn-minh-son")).json()) as {
      areaHa: number;
      stage: string;
      history: { field: string }[];
    };
    expect(minh.areaHa).toBe(56.5);
    expect(minh.stage).toBe("established");
    expect((await sct.request("/api/zones/ccn-moi-tu-excel")).status).toBe(200);
  });

  it("carries the wastewater and fire safety status both ways", async () => {
    const { wb, ws } = await open(await exportFile("?kind=CCN"));
    const rowOf = (id: string) => [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(1).value === id);
    // seeded from 003 footnote 3: no central wastewater plant
    expect(rowOf("ccn-dia-phuong-so-2")?.getCell(col(ws, "Nhà máy xử lý nước thải tập trung")).value).toBe("Chưa có");
    const hoaSon = rowOf("ccn-hoa-son-1");
    if (!hoaSon) throw new Error("Hòa Sơn 1 row missing");
    hoaSon.getCell(col(ws, "Nhà máy xử lý nước thải tập trung")).value = "Đang vận hành";
    hoaSon.getCell(col(ws, "Công suất xử lý (m³/ngày đêm)")).value = 1500;
    hoaSon.getCell(col(ws, "Quan trắc tự động")).value = "Có";
    hoaSon.getCell(col(ws, "Hệ thống phòng cháy, chữa cháy")).value = "Đang xây dựng";
    const res = await upload(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(res.status).toBe(200);
    expect(res.body.updated).toBe(1);
    const zone = (await (await sct.request("/api/zones/ccn-hoa-son-1")).json()) as Record<string, unknown>;
    expect(zone).toMatchObject({
      wastewaterStatus: "operating",
      wastewaterCapacityM3: 1500,
      wastewaterMonitoring: true,
      fireSafetyStatus: "building",
    });

    hoaSon.getCell(col(ws, "Quan trắc tự động")).value = "có lẽ";
    const bad = await upload(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(bad.status).toBe(422);
    expect(bad.body.error?.details).toEqual([
      expect.objectContaining({ column: "Quan trắc tự động", message: 'Quan trắc tự động "có lẽ": ghi "Có" hoặc "Không".' }),
    ]);
  });

  it("reports every bad cell by row and column and writes nothing", async () => {
    const factsBefore = await countZoneFacts(t.database.db);
    const { wb, ws } = await open(await exportFile("?kind=CCN"));
    ws.getRow(2).getCell(col(ws, "Diện tích (ha)")).value = -3;
    ws.getRow(3).getCell(col(ws, "Xã, phường (từ 01/7/2025)")).value = "Xã Không Có";
    ws.getRow(4).getCell(col(ws, "Giai đoạn")).value = "sắp làm";
    ws.getRow(5).getCell(col(ws, "Diện tích (ha)")).value = 99; // a valid change in the same file: must not be written either
    const res = await upload(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(res.status).toBe(422);
    expect(res.body.error?.message).toMatch(/chưa ghi dòng nào/);
    expect(res.body.error?.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, column: "Diện tích (ha)", message: "Diện tích không được âm." }),
        expect.objectContaining({ row: 3, column: "Xã, phường (từ 01/7/2025)" }),
        expect.objectContaining({ row: 4, column: "Giai đoạn", message: 'Giai đoạn "sắp làm" không hợp lệ.' }),
      ]),
    );
    expect(await countZoneFacts(t.database.db)).toBe(factsBefore);
  });

  it.each([
    ["random bytes", new Uint8Array(2048).map((_, i) => (i * 37) % 251), "không phải tệp Excel"],
    ["a text file named .xlsx", new TextEncoder().encode("Mã,Loại,Tên\nx,CCN,Y"), "không phải tệp Excel"],
    ["a truncated zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), "bị hỏng"],
    ["an empty file", new Uint8Array(0), "trống"],
  ])("refuses %s with a Vietnamese message", async (_what, bytes, message) => {
    const res = await upload(bytes);
    expect(res.status).toBe(422);
    expect(res.body.error?.message).toContain(message);
  });

  it("refuses a 50 MB upload with 413 and a Vietnamese message", async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    const form = new FormData();
    form.set("file", new File([big], "big.xlsx"));
    const res = await sct.request("/api/zones/import", {
      method: "POST",
      body: form,
      headers: { "content-length": String(big.length + 200) },
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/vượt quá 10 MB/);
  });
});
