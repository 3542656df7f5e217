import { describe, expect, it } from "vitest";
import { roleNeedsAgency, userStates } from "./user-state";

describe("an account's state", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  it("is active unless disabled, locked or owing a password change", () => {
    expect(userStates({ disabled: false, lockedUntil: null, mustChangePassword: false }, now)).toEqual(["active"]);
    expect(userStates({ disabled: true, lockedUntil: "2026-11-23T10:10:00Z", mustChangePassword: true }, now)).toEqual([
      "disabled",
      "locked",
      "must-change-password",
    ]);
    expect(userStates({ disabled: false, lockedUntil: "2026-11-23T09:00:00Z", mustChangePassword: false }, now)).toEqual(["active"]);
  });

  it("needs an agency for agency officers and investors only", () => {
    expect(["admin", "leader", "office", "agency", "investor", "public"].filter(roleNeedsAgency)).toEqual(["agency", "investor"]);
  });
});
