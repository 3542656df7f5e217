import { permissions, type Role, roleCan } from "@dondoc/domain";
import { describe, expect, it } from "vitest";
import type { Me } from "../api/auth-api";
import { canOf } from "../features/auth/hooks/use-me";
import { landingPath } from "./landing";

const me = (role: Role) =>
  ({
    id: "u",
    username: "u",
    name: "U",
    role,
    roleLabel: role,
    agency: null,
    mustChangePassword: false,
    permissions: permissions.filter((p) => roleCan(role, p)),
  }) as unknown as Me;

describe("the landing page by role", () => {
  it("sends the office to its queue, agency officers to their tasks, a leader to the dashboard", () => {
    expect(landingPath(canOf(me("office")))).toBe("/queue");
    expect(landingPath(canOf(me("agency")))).toBe("/tasks");
    expect(landingPath(canOf(me("investor")))).toBe("/tasks");
    expect(landingPath(canOf(me("leader")))).toBe("/dashboard");
  });
});
