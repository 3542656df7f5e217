import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../test/support/test-database";
import { csvCell, neutralizeFormula } from "./export-cells";

describe("neutralizeFormula / csvCell", () => {
  it("prefixes text that a spreadsheet would run, and nothing else", () => {
    for (const s of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=x", "\r=x", "=cmd|' /C calc'!A0"]) expect(neutralizeFormula(s)).toBe(`'${s}`);
    for (const s of ["CCN Hợp Thành", "1.156,77", "", "a=b"]) expect(neutralizeFormula(s)).toBe(s);
    expect(csvCell(-1.5)).toBe("-1.5"); // a number is a number, not text to neutralise
    expect(csvCell("=1+1,2")).toBe(`"'=1+1,2"`);
    expect(csvCell(["=a", "b"])).toBe("'=a; b");
  });
});

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.cleanup());

describe("a zone named =1+1", () => {
  it("is text in the public CSV and a string cell in the registry's .xlsx", async () => {
    const created = await t.admin.send<{ id: string }>("POST", "/api/zones", { kind: "CCN", name: "=1+1", stage: "planned" });
    expect(created.status).toBe(201);
    expect((await t.admin.send("POST", `/api/zones/${created.body.id}/publication`, { published: true })).status).toBe(200);

    const csv = await (await t.anonymous.request("/api/public/zones.csv")).text();
    const line = csv.split("\r\n").find((l) => l.startsWith(`${created.body.id},`));
    expect(line?.split(",")[2]).toBe("'=1+1");

    const res = await t.admin.request("/api/zones.xlsx");
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
    const cell = cells.find((c) => c.text === "=1+1");
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
  });
});
