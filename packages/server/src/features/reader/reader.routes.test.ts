import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AppError, reader, type TaskLine } from "@dondoc/domain";
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blankPdf, scannedPdfOf } from "../../../test/support/scanned-pdf";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";
import { extractDocumentText } from "../../files/extract-text";

const SEED_000 = readFileSync(
  fileURLToPath(new URL("../../../../domain/src/reader/golden/000_a661d64dc68d3fc7.txt", import.meta.url)),
  "utf8",
);

let t: TestContext;
let office: Client;
beforeAll(async () => {
  t = await createTestContext();
  office = await t.as("office", "van-phong-ubnd-tinh");
});
afterAll(() => t.cleanup());

async function docxOf(lines: string[], table = false): Promise<Uint8Array> {
  const children = table
    ? [new Table({ rows: lines.map((l) => new TableRow({ children: [new TableCell({ children: [new Paragraph(l)] })] })) })]
    : lines.map((l) => new Paragraph(l));
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
async function upload(bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], name));
  const res = await office.request("/api/reader/drafts", { method: "POST", body: form });
  return {
    status: res.status,
    body: (await res.json()) as {
      id: string;
      proposal: reader.DocumentProposal;
      duplicates: { documentId: string; reasons: string[] }[];
      notices: string[];
      error?: { message: string };
    },
  };
}

describe("reading a conclusion notice", () => {
  it("proposes the 16 tasks of seed 000 from its .docx; after review and one edited deadline, confirming creates them in the follow-up", async () => {
    const read = await upload(await docxOf(SEED_000.split("\n")), "thong-bao-000.docx");
    expect(read.status).toBe(201);
    const proposal = read.body.proposal;
    expect(proposal.tasks).toHaveLength(16);
    expect(proposal.tasks[0]?.leadResolved[0]).toMatchObject({ agencyId: "ld-tan-dai-nam" });
    expect(proposal.tasks[15]?.deadline).toMatchObject({ kind: "recurring-monthly", value: "20" });

    const edited = {
      ...proposal,
      docType: proposal.docType ?? "TB",
      title: proposal.title ?? "Thông báo kết luận",
      issuer: proposal.issuer ?? "UBND tỉnh Lạng Sơn",
      tasks: proposal.tasks.map((task, i) =>
        i === 1 ? { ...task, deadlineText: "chậm nhất ngày 31/12/2026", deadline: { kind: "date", value: "2026-12-31" } } : task,
      ),
    };
    const confirm = (body: unknown) =>
      office.send<{ documentId: string; taskIds: string[]; error?: { message: string } }>(
        "POST",
        `/api/reader/drafts/${read.body.id}/confirm`,
        body,
      );
    // names outside the registry must be decided first: resolved, or kept "ngoài danh mục"
    const undecided = edited.tasks.flatMap((t) => reader.undecidedNames(t));
    expect(undecided.length).toBeGreaterThan(0);
    const refused = await confirm(edited);
    expect(refused.status).toBe(422);
    expect(refused.body.error?.message).toContain("ngoài danh mục");
    const decided = {
      ...edited,
      tasks: edited.tasks.map((t) => ({ ...t, outsideRegistry: reader.undecidedNames(t) })),
    };
    // notice 000 is already recorded (seed-000): not created a second time unless the reviewer says so
    expect(read.body.duplicates).toEqual([expect.objectContaining({ documentId: "seed-000", reasons: ["tasks"] })]);
    const before = (await office.get<{ total: number }>("/api/documents")).body.total;
    const duplicate = await confirm(decided);
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error?.message).toContain("trùng");
    expect((await office.get<{ total: number }>("/api/documents")).body.total).toBe(before);
    const confirmed = await confirm({ ...decided, allowDuplicate: true });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.taskIds).toHaveLength(16);

    const lines = (await office.get<{ items: TaskLine[] }>(`/api/tasks?document=${confirmed.body.documentId}`)).body.items;
    expect(new Set(lines.map((l) => l.taskId)).size).toBe(16);
    expect(lines.find((l) => l.taskId === `${confirmed.body.documentId}-t2`)).toMatchObject({
      effectiveDueDate: "2026-12-31",
      leads: [{ agencyId: "so-nong-nghiep-va-moi-truong" }],
    });
    expect((await office.request(`/api/reader/drafts/${read.body.id}`)).status).toBe(404);
    const doc = await office.get<{ meetings: { kind: string; date: string }[] }>(`/api/documents/${confirmed.body.documentId}`);
    expect(doc.body.meetings).toEqual([expect.objectContaining({ kind: "inspection", date: "2026-05-29" })]);
  });

  it("flags a document recorded before by its number and issuer, or by its text, and creates it again only when told", async () => {
    const notice = [
      "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
      "Số: 321/TB-UBND",
      "Lạng Sơn, ngày 20 tháng 11 năm 2026",
      "THÔNG BÁO",
      "Kết luận của Chủ tịch UBND tỉnh về hạ tầng cụm công nghiệp",
      "1. Giao Sở Công Thương chủ trì rà soát quy hoạch các cụm công nghiệp, báo cáo trước ngày 15/12/2026.",
    ].join("\n");
    const first = await upload(new TextEncoder().encode(notice), "321.txt");
    expect(first.status).toBe(201);
    expect(first.body.duplicates).toEqual([]);
    const decide = (p: reader.DocumentProposal) => ({
      ...p,
      docType: p.docType ?? "TB",
      title: p.title ?? "Kết luận",
      issuer: p.issuer ?? "UBND tỉnh Lạng Sơn",
      tasks: p.tasks.map((task) => ({ ...task, outsideRegistry: reader.undecidedNames(task) })),
    });
    const recorded = await office.send<{ documentId: string }>(
      "POST",
      `/api/reader/drafts/${first.body.id}/confirm`,
      decide(first.body.proposal),
    );
    expect(recorded.status).toBe(201);

    // the same text again (CRLF and a BOM do not make it another document)
    const again = await upload(new TextEncoder().encode(`\uFEFF${notice.replace(/\n/g, "\r\n")}`), "321-copy.txt");
    expect(again.body.duplicates).toEqual([
      expect.objectContaining({ documentId: recorded.body.documentId, number: "321/TB-UBND", reasons: ["number", "text"] }),
    ]);
    expect((await office.get<{ duplicates: unknown[] }>(`/api/reader/drafts/${again.body.id}`)).body.duplicates).toHaveLength(1);
    const before = (await office.get<{ total: number }>("/api/documents")).body.total;
    const refused = await office.send<{ error: { message: string } }>(
      "POST",
      `/api/reader/drafts/${again.body.id}/confirm`,
      decide(again.body.proposal),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain("321/TB-UBND");
    expect((await office.get<{ total: number }>("/api/documents")).body.total).toBe(before);
    const anyway = await office.send("POST", `/api/reader/drafts/${again.body.id}/confirm`, {
      ...decide(again.body.proposal),
      allowDuplicate: true,
    });
    expect(anyway.status).toBe(201);
    expect((await office.get<{ total: number }>("/api/documents")).body.total).toBe(before + 1);
  });

  it("reads a scanned notice by OCR through the upload, keeps the notices for the review and proposes its tasks", async () => {
    const form = new FormData();
    form.set("file", new File([Buffer.from(scannedPdfOf(SEED_000.split("\n").slice(0, 40).join("\n")))], "ban-quet.pdf"));
    form.set("progress", "scan-0123456789");
    const res = await office.request("/api/reader/drafts", { method: "POST", body: form });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; notices: string[]; text: string; proposal: reader.DocumentProposal };
    expect(body.notices[0]).toMatch(/^Văn bản được nhận dạng từ bản quét \(OCR, 1 trang/);
    expect(body.proposal.tasks.length).toBeGreaterThanOrEqual(1);
    expect((await office.get<{ notices: string[] }>(`/api/reader/drafts/${body.id}`)).body.notices).toEqual(body.notices);
    // the reading is over: its progress is gone
    expect((await office.get<{ progress: unknown }>("/api/reader/progress/scan-0123456789")).body).toEqual({ progress: null });
  }, 120_000);

  it("answers the OCR progress of an unknown reading with null, and refuses a malformed token", async () => {
    expect((await office.get<{ progress: unknown }>("/api/reader/progress/0123456789abcdef")).body).toEqual({ progress: null });
    expect((await office.request("/api/reader/progress/x")).status).toBe(422);
  });

  it("cancelling leaves nothing behind", async () => {
    const before = (await office.get<{ total: number }>("/api/documents")).body.total;
    const read = await upload(new TextEncoder().encode(SEED_000), "000.txt");
    expect((await office.send("DELETE", `/api/reader/drafts/${read.body.id}`)).status).toBe(200);
    expect((await office.request(`/api/reader/drafts/${read.body.id}`)).status).toBe(404);
    expect((await office.get<{ total: number }>("/api/documents")).body.total).toBe(before);
  });

  it("a Word file made of tables gives a proposal without tasks, not an error", async () => {
    const read = await upload(await docxOf(["STT", "Nội dung", "Ghi chú"], true), "bang.docx");
    expect(read.status).toBe(201);
    expect(read.body.proposal.tasks).toEqual([]);
  });

  it.each([
    ["an empty file", new Uint8Array(0), "trống"],
    ["a binary file", new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256), "Chỉ đọc được tệp"],
    ["a PDF without a text layer", new TextEncoder().encode(blankPdf()), "không có lớp chữ"],
  ])("answers %s with a clear Vietnamese error", async (_what, bytes, message) => {
    const read = await upload(bytes, "x");
    expect(read.status).toBe(422);
    expect(read.body.error?.message).toContain(message);
  });

  it("refuses a 20 MB text with 413", async () => {
    const big = new TextEncoder().encode("Giao Sở Công Thương chủ trì. ".repeat(700_000));
    expect((await upload(big, "big.txt")).status).toBe(413);
  });

  it("never crashes on generated files: an AppError or a proposal", async () => {
    const { reader: r } = await import("@dondoc/domain");
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          fc.string({ maxLength: 3000 }).map((s) => new TextEncoder().encode(s)),
          // the headers of the other paths (Word 97–2003, UTF-16, PDF) followed by junk
          fc
            .tuple(
              fc.constantFrom([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0xff, 0xfe], [0xfe, 0xff], [0x25, 0x50, 0x44, 0x46]),
              fc.uint8Array({ maxLength: 3000 }),
            )
            .map(([head, rest]) => new Uint8Array([...head, ...rest])),
          // single-byte text (TCVN3 / VNI candidates) without control characters
          fc.uint8Array({ min: 0x20, max: 0xff, maxLength: 3000 }),
        ),
        async (bytes) => {
          try {
            const { text } = await extractDocumentText(bytes);
            const proposal = r.readDocument(text, { agencies: [], zones: [] });
            expect(Array.isArray(proposal.tasks)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
