import { describe, expect, it } from "vitest";
import { obligationPeriod } from "../reporting/periods";
import { formatDecree30Date } from "./format-date";
import { deadlineOn } from "./working-calendar";

describe("a deadline on a day off moves to the next working day (BLDS 2015 điều 148)", () => {
  it("Sunday 29/11/2026 → Monday 30/11/2026, and says where it moved from", () => {
    expect(deadlineOn("2026-11-29")).toEqual({ due: "2026-11-30", movedFrom: "2026-11-29" });
  });
  it("a working day stays", () => {
    expect(deadlineOn("2026-11-19")).toEqual({ due: "2026-11-19", movedFrom: null });
  });
  it("a Tết day (17/02/2026, Tết 16–20/02) → Monday 23/02/2026", () => {
    expect(deadlineOn("2026-02-17")).toEqual({ due: "2026-02-23", movedFrom: "2026-02-17" });
  });
  it("an annual obligation due before 30/11 in 2026 falls on Sunday 29/11 and is due Monday 30/11", () => {
    const p = obligationPeriod(
      {
        frequency: "year",
        cutoff: { kind: "decree-09-2019", monthsEarlier: 1 },
        deadline: { kind: "recurring-yearly", value: "11-30", before: true },
      },
      "2026",
    );
    expect(p).toMatchObject({ dueDate: "2026-11-30", dueDateMovedFrom: "2026-11-29" });
  });
});

describe("the monthly report's window (Nghị định 09/2019, điều 12)", () => {
  it("November 2026: data from 15/10 to 14/11, due before the 20th (Thursday 19/11)", () => {
    const p = obligationPeriod(
      {
        frequency: "month",
        cutoff: { kind: "decree-09-2019", monthsEarlier: 0 },
        deadline: { kind: "recurring-monthly", value: "20", before: true },
      },
      "2026-11",
    );
    expect(p).toMatchObject({ cutoff: { from: "2026-10-15", to: "2026-11-14" }, dueDate: "2026-11-19", dueDateMovedFrom: null });
  });
});

describe("the date line of a document (Nghị định 30/2020)", () => {
  it("a leading zero only for days 1–9 and months 1–2", () => {
    expect(formatDecree30Date("2026-02-05")).toBe("ngày 05 tháng 02 năm 2026");
    expect(formatDecree30Date("2026-06-30")).toBe("ngày 30 tháng 6 năm 2026");
    expect(formatDecree30Date("2026-11-09")).toBe("ngày 09 tháng 11 năm 2026");
    expect(formatDecree30Date("2026-01-15")).toBe("ngày 15 tháng 01 năm 2026");
  });
});
