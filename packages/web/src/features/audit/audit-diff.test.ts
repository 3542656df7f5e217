import { describe, expect, it } from "vitest";
import { auditDiff, entityPath } from "./audit-diff";

describe("an audit entry's readable difference", () => {
  it("lists only the fields that changed", () => {
    expect(
      auditDiff(
        { name: "A", role: "agency", agencyId: "so-xay-dung", disabled: false },
        { name: "A", role: "agency", agencyId: "so-cong-thuong", disabled: true },
      ),
    ).toEqual([
      { field: "agencyId", before: "so-xay-dung", after: "so-cong-thuong", change: "changed" },
      { field: "disabled", before: false, after: true, change: "changed" },
    ]);
  });

  it("lists what a creation set, leaving out empty values", () => {
    expect(auditDiff(null, { username: "sct.canbo", agencyId: "so-cong-thuong", email: null, aliases: [] })).toEqual([
      { field: "username", before: undefined, after: "sct.canbo", change: "added" },
      { field: "agencyId", before: undefined, after: "so-cong-thuong", change: "added" },
    ]);
  });

  it("compares arrays and objects by value, and marks removed fields", () => {
    expect(auditDiff({ communeIds: ["a", "b"], location: { lat: 1 } }, { communeIds: ["a", "b"], location: { lat: 2 } })).toEqual([
      { field: "location", before: { lat: 1 }, after: { lat: 2 }, change: "changed" },
    ]);
    expect(auditDiff({ note: "x" }, {})).toEqual([{ field: "note", before: "x", after: undefined, change: "removed" }]);
  });

  it("has nothing to show for a sign-in", () => {
    expect(auditDiff(null, null)).toEqual([]);
  });

  it("links a record to its page: a task's id carries its period", () => {
    expect(entityPath("task", "seed-004-t12#once")).toBe("/tasks/seed-004-t12");
    expect(entityPath("zone", "ccn-hoa-son-1")).toBe("/zones/ccn-hoa-son-1");
    expect(entityPath("document", "doc-1")).toBe("/documents/doc-1");
    expect(entityPath("user", "u1")).toBeNull();
  });
});
