import { reader } from "@dondoc/domain";
import { describe, expect, it } from "vitest";
import {
  addAssignee,
  changeDeadlineKind,
  keepOutside,
  proposalProblems,
  removeAssignee,
  removeTask,
  resolveAssignee,
  ruleIsValid,
  setTask,
  unresolvedCount,
} from "./proposal-edit";

const task = (patch: Partial<reader.ProposedTask> = {}): reader.ProposedTask => ({
  lead: ["Trung tâm Phát triển quỹ đất tỉnh", "các đơn vị quản lý hạ tầng kỹ thuật"],
  coordinators: [],
  subject: "KCN VSIP Lạng Sơn",
  summary: "Di dời các công trình điện, viễn thông",
  deadlineText: "trong thời gian sớm nhất",
  deadline: { kind: "asap", value: null },
  sourceQuote: "Trung tâm Phát triển quỹ đất tỉnh và các đơn vị…",
  leadResolved: [
    { text: "Trung tâm Phát triển quỹ đất tỉnh", agencyId: "trung-tam-phat-trien-quy-dat", name: "Trung tâm Phát triển quỹ đất tỉnh" },
    null,
  ],
  coordinatorsResolved: [],
  ...patch,
});
const proposal = (tasks: reader.ProposedTask[] = [task()]): reader.DocumentProposal => ({
  docType: "TB",
  number: null,
  issuedOn: "2026-06",
  issuer: "UBND tỉnh Lạng Sơn",
  signer: "Nguyễn Văn Hà",
  signerAuthority: null,
  title: "Kết luận",
  meetings: [],
  tasks,
});

describe("editing the reader's proposal", () => {
  it("resolves an unresolved name to an agency, keeping the words of the document, and un-resolves it", () => {
    const before = proposal();
    expect(unresolvedCount(before)).toBe(1);
    const after = resolveAssignee(before, 0, "lead", 1, { id: "cty-dien-luc", name: "Công ty Điện lực Lạng Sơn" });
    expect(after.tasks[0]?.leadResolved[1]).toEqual({
      text: "các đơn vị quản lý hạ tầng kỹ thuật",
      agencyId: "cty-dien-luc",
      name: "Công ty Điện lực Lạng Sơn",
    });
    expect(unresolvedCount(after)).toBe(0);
    expect(unresolvedCount(resolveAssignee(after, 0, "lead", 0, null))).toBe(1);
    expect(before.tasks[0]?.leadResolved[1]).toBeNull(); // the old proposal is untouched
  });

  it("adds a missed coordinator already resolved, and removes a name with its resolution", () => {
    const added = addAssignee(proposal(), 0, "coordinators", { id: "so-cong-thuong", name: "Sở Công Thương" });
    expect(added.tasks[0]?.coordinators).toEqual(["Sở Công Thương"]);
    expect(added.tasks[0]?.coordinatorsResolved).toEqual([{ text: "Sở Công Thương", agencyId: "so-cong-thuong", name: "Sở Công Thương" }]);
    const removed = removeAssignee(added, 0, "lead", 0);
    expect(removed.tasks[0]?.lead).toEqual(["các đơn vị quản lý hạ tầng kỹ thuật"]);
    expect(removed.tasks[0]?.leadResolved).toEqual([null]);
  });

  it("changes a deadline's kind keeping what can be kept", () => {
    const date = { kind: "date", value: "2026-09-30" } as const;
    expect(changeDeadlineKind(date, "month")).toEqual({ kind: "month", value: "2026-09" });
    expect(changeDeadlineKind(date, "quarter")).toEqual({ kind: "quarter", value: "2026-Q3" });
    expect(changeDeadlineKind(date, "year")).toEqual({ kind: "year", value: "2026" });
    expect(changeDeadlineKind(date, "recurring-yearly")).toEqual({ kind: "recurring-yearly", value: "09-30" });
    expect(changeDeadlineKind({ kind: "quarter", value: "2026-Q3" }, "quarter")).toEqual({ kind: "quarter", value: "2026-Q3" });
    expect(changeDeadlineKind({ kind: "month", value: "2025-07", before: true }, "date")).toEqual({ kind: "date", value: "" });
    expect(changeDeadlineKind(date, "continuous")).toEqual({ kind: "continuous", value: null });
  });

  it("knows an incomplete deadline from a valid one", () => {
    expect(ruleIsValid({ kind: "date", value: "" } as never)).toBe(false);
    expect(ruleIsValid({ kind: "date", value: "2026-02-30" })).toBe(false);
    expect(ruleIsValid({ kind: "date", value: "2026-12-15" })).toBe(true);
    expect(ruleIsValid({ kind: "recurring-monthly", value: "20", before: true })).toBe(true);
    expect(ruleIsValid({ kind: "asap", value: null })).toBe(true);
  });

  it("lists what keeps the proposal from being confirmed", () => {
    const outside = "các đơn vị quản lý hạ tầng kỹ thuật";
    const p = setTask({ ...proposal([task(), task()]), title: " ", issuer: null }, 1, {
      summary: "",
      deadline: { kind: "date", value: "" } as never,
    });
    expect(proposalProblems(p)).toEqual([
      { field: "title" },
      { field: "issuer" },
      { field: "undecided", task: 0, name: outside },
      { field: "summary", task: 1 },
      { field: "deadline", task: 1 },
      { field: "undecided", task: 1, name: outside },
    ]);
    const fixed = keepOutside(removeTask({ ...p, title: "Kết luận", issuer: "UBND tỉnh" }, 1), 0, outside, true);
    expect(proposalProblems(fixed)).toEqual([]);
    expect(unresolvedCount(fixed)).toBe(0);
    expect(reader.reviewSummary(fixed)).toEqual({ tasks: 1, agencies: 1, outside: 1 });
    // un-ticking brings the question back
    expect(unresolvedCount(keepOutside(fixed, 0, outside, false))).toBe(1);
  });
});
