import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../calendar/working-calendar";
import { tallyTasks } from "../tasks/scorecard";
import { canSeePeriodSubmissions, canSubmitReport } from "./access";
import { type Obligation, obligationSchema } from "./obligation";
import { isObligationPeriod, obligationPeriod, obligationPeriods, periodContaining } from "./periods";
import { submissionFacts, submissionStatus } from "./status";
import { checkSubmission, submissionInput } from "./submission";

const obligation = (o: Partial<Record<keyof Obligation, unknown>>): Obligation =>
  obligationSchema.parse({
    id: "thu-nghiem",
    title: "Báo cáo thử",
    reporter: { kind: "group", group: "departments" },
    recipientAgencyId: "so-cong-thuong",
    frequency: "month",
    cutoff: { kind: "decree-09-2019" },
    deadline: { kind: "recurring-monthly", value: "20", before: true },
    legalBasis: "Thông báo 000",
    startsOn: "2026-06-01",
    sections: ["results", "difficulties", "causes", "proposals"],
    figures: ["land-clearance"],
    ...o,
  });

describe("periods and cut-offs (Decree 09/2019)", () => {
  it("a monthly report covers the 15th of the previous month to the 14th, due before the 20th", () => {
    const p = obligationPeriod(obligation({}), "2026-11");
    expect(p).toEqual({
      period: "2026-11",
      label: "tháng 11/2026",
      start: "2026-11-01",
      end: "2026-11-30",
      cutoff: { from: "2026-10-15", to: "2026-11-14" },
      dueDate: "2026-11-19",
      dueDateMovedFrom: null,
    });
    expect(obligationPeriod(obligation({}), "2026-01")?.cutoff).toEqual({ from: "2025-12-15", to: "2026-01-14" });
  });

  it("quarters, half-years and years follow the same windows", () => {
    const q = obligationPeriod(
      obligation({ frequency: "quarter", deadline: { kind: "recurring-quarterly", value: "20", before: true } }),
      "2026-Q4",
    );
    expect(q).toMatchObject({
      label: "quý IV/2026",
      cutoff: { from: "2026-09-15", to: "2026-12-14" },
      dueDate: "2026-12-21",
      dueDateMovedFrom: "2026-12-19",
    }); // Saturday 19/12 → Monday 21/12
    const half = obligation({ frequency: "half-year" });
    expect(obligationPeriod(half, "2026-H1")).toMatchObject({
      label: "6 tháng đầu năm 2026",
      cutoff: { from: "2025-12-15", to: "2026-06-14" },
      dueDate: "2026-06-19",
    });
    expect(obligationPeriod(half, "2026-H2")).toMatchObject({
      label: "6 tháng cuối năm 2026",
      cutoff: { from: "2026-06-15", to: "2026-12-14" },
      dueDate: "2026-12-21", // Saturday 19/12 → Monday 21/12
    });
    const year = obligation({
      frequency: "year",
      deadline: { kind: "recurring-yearly", value: "11-30", before: true },
      cutoff: { kind: "decree-09-2019", monthsEarlier: 1, inferred: "x" },
    });
    expect(obligationPeriod(year, "2026")).toMatchObject({
      label: "năm 2026",
      cutoff: { from: "2025-11-15", to: "2026-11-14" },
      // before 30/11 is Sunday 29/11/2026: due the next working day (BLDS 2015 điều 148)
      dueDate: "2026-11-30",
      dueDateMovedFrom: "2026-11-29",
    });
    expect(obligationPeriod(half, "2026-11")).toBeNull();
  });

  it("a deadline on or before the cut-off's end moves to the following month or year", () => {
    expect(obligationPeriod(obligation({ deadline: { kind: "recurring-monthly", value: "10" } }), "2026-11")?.dueDate).toBe("2026-12-10");
    const year = obligation({ frequency: "year", deadline: { kind: "recurring-yearly", value: "11-30", before: true } });
    expect(obligationPeriod(year, "2026")?.dueDate).toBe("2027-11-29");
    const calendar = obligation({ cutoff: { kind: "calendar-period" } });
    expect(obligationPeriod(calendar, "2026-11")).toMatchObject({
      cutoff: { from: "2026-11-01", to: "2026-11-30" },
      dueDate: "2026-12-21", // Saturday 19/12 → Monday 21/12
    });
  });

  it("working-day deadlines skip weekends, holidays and Tết", () => {
    const o = obligation({ deadline: { kind: "working-days-after", value: "2", event: "ngày chốt số liệu" } });
    expect(obligationPeriod(o, "2026-11")?.dueDate).toBe("2026-11-17"); // 14/11 is a Saturday
    expect(obligationPeriod(o, "2026-03")?.dueDate).toBe("2026-03-17");
    // cut-off Saturday 14/02/2026; Tết holidays Monday 16 to Friday 20/02
    expect(obligationPeriod(o, "2026-02")?.dueDate).toBe("2026-02-24");
    // the calendar is a parameter: Tết by rule alone (no Government decision) gives another day
    expect(obligationPeriod(o, "2026-02", createWorkingCalendar({}))?.dueDate).toMatch(/^2026-02-2\d$/);
    // National Day 2/9/2026 (Wednesday) and its adjacent day
    expect(obligationPeriod(o, "2026-09")?.dueDate).toBe("2026-09-16");
  });

  it("lists the periods between two dates from the start of the obligation", () => {
    const periods = obligationPeriods(obligation({}), "2026-01-01", "2026-11-23");
    expect(periods.map((p) => p.period)).toEqual(["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]);
    expect(periodContaining(obligation({}), "2026-11-23").period).toBe("2026-12");
    expect(periodContaining(obligation({}), "2026-11-14").period).toBe("2026-11");
    expect(isObligationPeriod(obligation({}), "2026-05")).toBe(false);
    expect(isObligationPeriod(obligation({}), "2026-06")).toBe(true);
    expect(obligationPeriods(obligation({ frequency: "half-year" }), "2026-01-01", "2026-12-31").map((p) => p.period)).toEqual([
      "2026-H1",
      "2026-H2",
      "2027-H1",
    ]);
  });

  it("refuses deadlines that are not per period", () => {
    const r = obligationSchema.safeParse({ ...obligation({}), deadline: { kind: "date", value: "2026-11-20" } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/Hạn báo cáo phải là hạn định kỳ/);
  });
});

describe("submission status as of a date", () => {
  it("on time, late, not yet due, overdue; a submission after asOf does not count yet", () => {
    expect(submissionStatus("2026-11-19", "2026-11-19", "2026-11-23")).toBe("on-time");
    expect(submissionStatus("2026-11-19", "2026-11-20", "2026-11-23")).toBe("late");
    expect(submissionStatus("2026-11-19", null, "2026-11-19")).toBe("not-due");
    expect(submissionStatus("2026-11-19", null, "2026-11-20")).toBe("overdue");
    expect(submissionStatus("2026-11-19", "2026-11-22", "2026-11-21")).toBe("overdue");
    expect(submissionStatus("2026-11-19", "2026-11-18", "2026-11-17")).toBe("not-due");
  });

  it("counts in the scorecard tally like a task", () => {
    const facts = [
      submissionFacts("2026-11-19", "2026-11-18"),
      submissionFacts("2026-11-19", "2026-11-25"),
      submissionFacts("2026-11-19", null),
    ];
    const tally = tallyTasks(facts, { from: "2026-11-01", to: "2026-11-30" }, "2026-11-23");
    expect(tally).toMatchObject({ total: 3, doneOnTime: 1, doneLate: 0, overdue: 2, due: 3 });
    expect(tallyTasks(facts, { from: "2026-11-01", to: "2026-11-30" }, "2026-11-26")).toMatchObject({
      doneOnTime: 1,
      doneLate: 1,
      overdue: 1,
    });
  });
});

describe("checkSubmission", () => {
  it("accepts the sections asked and refuses the others", () => {
    const o = obligation({ sections: ["results", "proposals"], figures: [] });
    expect(checkSubmission(o, submissionInput.parse({ sections: { results: " Đã kiểm đếm 120 hộ ", proposals: "" } }))).toEqual([]);
    const problems = checkSubmission(o, submissionInput.parse({ sections: { results: "", causes: "x" } }));
    expect(problems.map((p) => p.path)).toEqual(["sections.causes", "sections.results", "sections"]);
    const withFigures = submissionInput.parse({
      sections: { results: "x" },
      landClearance: [{ zoneId: "kcn-vsip-lang-son", unitId: "xa-a", reportedOn: "2026-11-20", householdsCounted: 10 }],
    });
    expect(checkSubmission(o, withFigures).map((p) => p.path)).toEqual(["landClearance"]);
    expect(
      submissionInput.safeParse({ landClearance: [{ zoneId: "z", unitId: "u", reportedOn: "2026-11-20", householdsCounted: -1 }] }).success,
    ).toBe(false);
  });
});

describe("who sees and who submits", () => {
  const actor = (role: "admin" | "leader" | "office" | "agency" | "investor" | "public", agencyId: string | null) => ({
    id: "u",
    name: "U",
    role,
    agencyId,
    registryKinds: [],
  });
  it("the recipient, the office, leaders and admins see a period; reporters submit their own", () => {
    const o = { recipientAgencyId: "so-cong-thuong" };
    expect(canSeePeriodSubmissions(actor("agency", "so-cong-thuong"), o)).toBe(true);
    expect(canSeePeriodSubmissions(actor("office", "van-phong-ubnd-tinh"), o)).toBe(true);
    expect(canSeePeriodSubmissions(actor("leader", null), o)).toBe(true);
    expect(canSeePeriodSubmissions(actor("agency", "ubnd-xa-huu-lung"), o)).toBe(false);
    expect(canSeePeriodSubmissions(actor("investor", "cty-vsip-lang-son"), o)).toBe(false);
    expect(canSubmitReport(actor("agency", "ubnd-xa-huu-lung"), ["ubnd-xa-huu-lung"])).toBe(true);
    expect(canSubmitReport(actor("investor", "cty-vsip-lang-son"), ["cty-vsip-lang-son"])).toBe(true);
    expect(canSubmitReport(actor("agency", "cong-an-tinh"), ["ubnd-xa-huu-lung"])).toBe(false);
    expect(canSubmitReport(actor("admin", null), ["ubnd-xa-huu-lung"])).toBe(false);
    expect(canSubmitReport(actor("office", "ubnd-xa-huu-lung"), ["ubnd-xa-huu-lung"])).toBe(false);
  });
});
