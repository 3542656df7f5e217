import { describe, expect, it } from "vitest";
import { taskLine } from "../../test/task-line";
import { defaultOccurrence } from "./default-occurrence";

describe("the occurrence a task page opens on", () => {
  const months = [
    taskLine({ occurrenceId: 17, status: "done-on-time" }),
    taskLine({ occurrenceId: 18, status: "overdue" }),
    taskLine({ occurrenceId: 19, status: "in-progress" }),
  ];
  it("is the one in the address when it belongs to the task", () => {
    expect(defaultOccurrence(months, 19)?.occurrenceId).toBe(19);
    expect(defaultOccurrence(months, 99)?.occurrenceId).toBe(18);
  });
  it("is otherwise the oldest that needs something, else the current one, else the last", () => {
    expect(defaultOccurrence(months, null)?.occurrenceId).toBe(18);
    expect(
      defaultOccurrence(
        [months[0], months[2]].filter((l) => l !== undefined),
        null,
      )?.occurrenceId,
    ).toBe(19);
    expect(
      defaultOccurrence([taskLine({ occurrenceId: 1, status: "done-late" }), taskLine({ occurrenceId: 2, status: "done-on-time" })], null)
        ?.occurrenceId,
    ).toBe(2);
  });
});
