import { describe, expect, it } from "vitest";
import { mostlySameTasks, taskMatchKey, undecidedNames } from "./review";

const key = (lead: string, value: string) => taskMatchKey([{ agencyId: lead, text: lead }], { kind: "date", value } as never);

describe("review rules", () => {
  it("a name is decided when resolved or kept outside the registry", () => {
    const task = {
      lead: ["Sở Xây dựng", "Bộ Công Thương"],
      coordinators: ["các chủ đầu tư"],
      leadResolved: [{ text: "Sở Xây dựng", agencyId: "so-xay-dung", name: "Sở Xây dựng" }, null],
      coordinatorsResolved: [null],
    };
    expect(undecidedNames(task)).toEqual(["Bộ Công Thương", "các chủ đầu tư"]);
    expect(undecidedNames({ ...task, outsideRegistry: ["Bộ Công Thương"] })).toEqual(["các chủ đầu tư"]);
  });

  it("most of the same tasks: at least 60 % and 3 of the new ones, counted once each", () => {
    const recorded = [key("a", "2026-12-01"), key("b", "2026-12-01"), key("c", "2026-12-31"), key("d", "2026-12-31")];
    expect(mostlySameTasks(recorded, recorded)).toBe(true);
    expect(mostlySameTasks([...recorded.slice(0, 3), key("x", "2027-01-01"), key("y", "2027-01-01")], recorded)).toBe(true);
    expect(mostlySameTasks([...recorded.slice(0, 2), key("x", "2027-01-01"), key("y", "2027-01-01")], recorded)).toBe(false);
    // the same task repeated does not match one recorded task several times
    expect(mostlySameTasks([recorded[0], recorded[0], recorded[0]] as string[], recorded)).toBe(false);
    // leads in another order are the same task; another deadline is not
    expect(
      taskMatchKey(
        [
          { agencyId: "a", text: "" },
          { agencyId: "b", text: "" },
        ],
        { kind: "none", value: null },
      ),
    ).toBe(
      taskMatchKey(
        [
          { agencyId: "b", text: "" },
          { agencyId: "a", text: "" },
        ],
        { kind: "none", value: null },
      ),
    );
    expect(key("a", "2026-12-01")).not.toBe(key("a", "2026-12-02"));
  });
});
