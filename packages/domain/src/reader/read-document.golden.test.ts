import { describe, expect, it } from "vitest";
import { type GoldenSeed, goldenSeeds, loadFixture, loadSeedText } from "./golden/load-golden";
import { sameDeadline, scoreProposal } from "./golden/score";
import { readDocument } from "./read-document";
import { testRegistry } from "./test-registry";
import { documentProposalSchema } from "./types";

/**
 * Golden test: the reader against the tasks a careful official recorded (shared/fixtures/seed-tasks).
 * Every field is compared. Where the reader differs from the fixture, the difference is listed
 * below, not hidden: the test fails if a listed mismatch disappears (update the list) or a new one
 * appears (a regression).
 */
const KNOWN_MISMATCHES: Record<GoldenSeed, string[]> = {
  "000_a661d64dc68d3fc7": [
    // The reader keeps the heading's words ("Đối với công tác xúc tiến, thu hút đầu tư").
    'task 12 subject: expected "Xúc tiến đầu tư", got "Xúc tiến, thu hút đầu tư"',
    'task 13 subject: expected "Xúc tiến đầu tư", got "Xúc tiến, thu hút đầu tư"',
  ],
  "001_03c3869e42a75ba9": [
    // Subjects of preparation tasks are the official's own words; the text names no topic.
    'task 1 subject: expected "Kế hoạch số 116/KH-UBND", got null',
    'task 2 subject: expected "Khu, cụm công nghiệp", got "Cuộc họp"',
    'task 3 subject: expected "Dự án trong Khu KTCK", got null',
  ],
  "004_ed62703d9dbd119e": [
    'task 3 subject: expected "Quy hoạch chung Khu KTCK đến năm 2045", got "Đồ án Điều chỉnh Quy hoạch chung xây dựng Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"',
    'task 4 subject: expected "Quy hoạch chung Khu KTCK đến năm 2045", got "Đồ án Điều chỉnh Quy hoạch chung xây dựng Khu KTCK Đồng Đăng - Lạng Sơn"',
    'task 5 subject: expected "Giải phóng mặt bằng Khu KTCK", got "Giải phóng mặt bằng"',
    'task 6 subject: expected "Đối ngoại với phía Trung Quốc", got "Đối ngoại"',
    'task 7 subject: expected "Cửa khẩu quốc tế Hữu Nghị", got null',
    'task 8 subject: expected "Đối ngoại với phía Trung Quốc", got "Đối ngoại"',
    'task 9 subject: expected "Phối hợp, phòng chống tham nhũng", got "Phòng, chống tham nhũng"',
    'task 10 subject: expected "Chế độ báo cáo Ban Chỉ đạo", got "Chế độ thông tin, báo cáo"',
    'task 11 subject: expected "Kiện toàn Ban Chỉ đạo", got null',
    'task 12 subject: expected "Báo cáo sơ kết 6 tháng", got "Khu KTCK Đồng Đăng - Lạng Sơn"',
  ],
};

describe.each(goldenSeeds)("seed %s", (seed) => {
  const fixture = loadFixture(seed);
  const proposal = readDocument(loadSeedText(seed), testRegistry);

  it("has the shape of the proposal schema", () => {
    expect(documentProposalSchema.safeParse(proposal).success).toBe(true);
  });

  it("reads the header", () => {
    expect({
      docType: proposal.docType,
      number: proposal.number,
      issuedOn: proposal.issuedOn,
      issuer: proposal.issuer,
      signer: proposal.signer,
    }).toEqual({
      docType: fixture.docType,
      number: fixture.number,
      issuedOn: fixture.issuedOn,
      issuer: fixture.issuer,
      signer: fixture.signer,
    });
  });

  it("finds every task, in order, with its leads, coordinators, deadline and deadline text", () => {
    expect(proposal.tasks).toHaveLength(fixture.tasks.length);
    fixture.tasks.forEach((expected, i) => {
      const actual = proposal.tasks[i];
      expect(actual?.lead, `task ${i + 1} lead`).toEqual(expected.lead);
      expect(actual?.coordinators, `task ${i + 1} coordinators`).toEqual(expected.coordinators);
      expect(actual?.deadlineText, `task ${i + 1} deadlineText`).toBe(expected.deadlineText);
      const known = KNOWN_MISMATCHES[seed].some((m) => m.startsWith(`task ${i + 1} deadline:`));
      if (actual && !known) expect(sameDeadline(expected.deadline, actual.deadline), `task ${i + 1} deadline`).toBe(true);
    });
  });

  it("differs from the fixture only where listed", () => {
    expect(scoreProposal(proposal, fixture).mismatches).toEqual(KNOWN_MISMATCHES[seed]);
  });

  it("resolves every lead the registry knows, in the same order", () => {
    for (const task of proposal.tasks) {
      expect(task.leadResolved).toHaveLength(task.lead.length);
      expect(task.coordinatorsResolved).toHaveLength(task.coordinators.length);
      task.leadResolved.forEach((r, i) => {
        if (r) expect(r.text).toBe(task.lead[i]);
      });
    }
  });
});

describe("resolution on seed 000", () => {
  const proposal = readDocument(loadSeedText("000_a661d64dc68d3fc7"), testRegistry);
  const idsOf = (i: number) => proposal.tasks[i]?.leadResolved.map((r) => r?.agencyId ?? null);

  it("resolves investors through their zone, communes, departments and aliases; leaves groups unresolved", () => {
    expect(idsOf(0)).toEqual(["lien-danh-tan-dai-nam"]);
    expect(idsOf(2)).toEqual(["ubnd-xa-tan-thanh"]);
    expect(proposal.tasks[2]?.coordinatorsResolved.map((r) => r?.agencyId)).toEqual(["lien-danh-tan-dai-nam"]);
    expect(idsOf(6)).toEqual(["cong-ty-vsip-lang-son"]);
    expect(idsOf(9)).toEqual(["trung-tam-ptqd-tinh", null]);
    expect(idsOf(11)).toEqual(["cong-ty-vsip-lang-son", "lien-danh-tan-dai-nam", "cong-ty-gia-dinh-mien-bac"]);
    expect(idsOf(12)).toEqual(["so-tai-chinh", "bql-khu-ktck"]);
    expect(idsOf(14)).toEqual([null]);
  });

  it("records the milestone and the monthly report", () => {
    expect(proposal.tasks[0]?.milestones).toEqual([
      { what: "đưa dự án vào hoạt động", deadlineText: "trong Quý IV/2026", deadline: { kind: "quarter", value: "2026-Q4" } },
    ]);
    expect(proposal.tasks[15]?.deadline).toEqual({ kind: "recurring-monthly", value: "20", before: true });
  });

  it("reads the inspection it concludes", () => {
    expect(proposal.meetings).toHaveLength(1);
    expect(proposal.meetings[0]).toMatchObject({
      kind: "inspection",
      date: "2026-05-29",
      chair: "Đinh Hữu Học",
      subjects: ["CCN Hòa Sơn 1", "CCN Hồ Sơn 1", "KCN VSIP Lạng Sơn"],
    });
    expect(proposal.signerAuthority).toBe("TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG");
  });
});
