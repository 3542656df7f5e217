import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../test/support/test-database";

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.cleanup());

type Doc = { id: string; type: string; number: string | null; issuedOn: string | null; issuer: string; title: string };
type Zone = { version: number; provenance: Record<string, { documentId: string | null; label: string; passage: string | null }> };
type Fail = { error: { message: string; details?: { path: string; message: string }[] } };

const documents = async () => (await t.admin.get<{ items: Doc[] }>("/api/documents")).body.items;
const newDocument = { type: "Công văn", number: "1234/SCT-QLCN", issuedOn: "2026-11-20", issuer: "Sở Công Thương" };

describe("a source entered inline with the figures", () => {
  it("a zone edit whose source is a new document records the document and cites it, in one request", async () => {
    const before = await documents();
    const res = await t.admin.send<Zone>("PATCH", "/api/zones/ccn-tan-van", {
      areaHa: 33,
      source: { newDocument: { ...newDocument, title: "Về diện tích CCN Tân Văn" }, passage: "diện tích 33 ha" },
    });
    expect(res.status).toBe(200);
    const created = (await documents()).filter((d) => !before.some((b) => b.id === d.id));
    expect(created).toEqual([
      expect.objectContaining({
        type: "Công văn",
        number: "1234/SCT-QLCN",
        issuedOn: "2026-11-20",
        issuer: "Sở Công Thương",
        title: "Về diện tích CCN Tân Văn",
      }),
    ]);
    expect(res.body.provenance.areaHa).toMatchObject({ documentId: created[0]?.id, passage: "diện tích 33 ha" });
    expect(res.body.provenance.areaHa?.label).toContain("1234/SCT-QLCN");
  });

  it("the same number, issuer and date again is the same document, for a milestone too", async () => {
    const before = await documents();
    const res = await t.admin.send("POST", "/api/zones/ccn-tan-van/milestones", {
      milestone: "site-clearance",
      plannedOn: "2027-06-30",
      reportedOn: "2026-11-25",
      source: { newDocument, passage: null },
    });
    expect(res.status).toBe(201);
    expect((await documents()).length).toBe(before.length);
  });

  it.each([
    [{ ...newDocument, issuer: "" }, "source.newDocument.issuer", "Cơ quan ban hành không được để trống."],
    [{ ...newDocument, number: " " }, "source.newDocument.number", "Số, ký hiệu văn bản không được để trống."],
    [{ ...newDocument, issuedOn: "2026-02-30" }, "source.newDocument.issuedOn", "Ngày phải có dạng YYYY-MM-DD và tồn tại"],
  ])("refuses an incomplete new document in Vietnamese and writes nothing (%o)", async (doc, path, message) => {
    const before = await documents();
    const res = await t.admin.send<Fail>("PATCH", "/api/zones/ccn-tan-van", { areaHa: 34, source: { newDocument: doc } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toContainEqual({ path, message });
    expect((await documents()).length).toBe(before.length);
  });

  it("refuses a document chosen and a new one at once", async () => {
    const res = await t.admin.send<Fail>("PATCH", "/api/zones/ccn-tan-van", {
      areaHa: 34,
      source: { documentId: "seed-000", newDocument },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toContainEqual({
      path: "source.newDocument",
      message: "Chọn một văn bản có sẵn hoặc nhập văn bản mới, không cả hai.",
    });
  });
});
