import { describe, expect, it } from "vitest";
import type { Me } from "../api/auth-api";
import { canOf } from "../features/auth/hooks/use-me";
import { translate } from "../i18n/translate";
import { navItems, sectionOf } from "./nav-items";

const me = (role: Me["role"], permissions: Me["permissions"], registryKinds: Me["registryKinds"] = []): Me => ({
  id: "u",
  username: "u",
  name: "U",
  role,
  roleLabel: role,
  agency: role === "agency" ? { id: "so-cong-thuong", name: "Sở Công Thương" } : null,
  mustChangePassword: false,
  permissions,
  registryKinds,
});
const keys = (items: ReturnType<typeof navItems>): string[] =>
  items.flatMap((i) =>
    i && "children" in i && i.children ? [String(i.key), ...keys(i.children as ReturnType<typeof navItems>)] : [String(i?.key)],
  );
const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate("vi", key, params);

describe("the menu", () => {
  it("shows an admin everything", () => {
    const admin = me("admin", [
      "registry:read",
      "registry:edit",
      "users:manage",
      "audit:read",
      "tasks:read",
      "tasks:manage",
      "tasks:report",
    ]);
    expect(keys(navItems(canOf(admin), t))).toEqual([
      "follow-up",
      "queue",
      "tasks",
      "board",
      "scorecards",
      "calendar",
      "reporting",
      "reader",
      "zones",
      "map",
      "units",
      "admin",
      "users",
      "audit",
    ]);
  });

  it("shows an agency officer its tasks, not the board, the reader, the accounts or the audit log", () => {
    const officer = me("agency", ["registry:read", "registry:edit", "tasks:read", "tasks:report"], ["CCN"]);
    expect(keys(navItems(canOf(officer), t))).toEqual([
      "follow-up",
      "tasks",
      "scorecards",
      "calendar",
      "reporting",
      "zones",
      "map",
      "units",
    ]);
  });

  it("shows the office the audit log but not the accounts", () => {
    const office = me("office", ["registry:read", "audit:read", "tasks:read", "tasks:manage"]);
    expect(keys(navItems(canOf(office), t))).toContain("audit");
    expect(keys(navItems(canOf(office), t))).not.toContain("users");
  });

  it("opens the office's follow-up with its queue, the count as a badge; agencies have no queue", () => {
    const office = canOf(me("office", ["registry:read", "audit:read", "tasks:read", "tasks:manage", "reports:read"]));
    expect(keys(navItems(office, t)).slice(0, 3)).toEqual(["follow-up", "queue", "dashboard"]);
    const follow = navItems(office, t, 4)[0] as { children: { key: string; label: { props: { "aria-label"?: string } } }[] };
    expect(follow.children[0]?.label.props["aria-label"]).toBe("Chờ xác nhận: 4 việc");
    expect((navItems(office, t, 0)[0] as typeof follow).children[0]?.label.props["aria-label"]).toBeUndefined();
    expect(keys(navItems(canOf(me("agency", ["registry:read", "tasks:read", "tasks:report"])), t))).not.toContain("queue");
  });

  it("opens the follow-up group with the dashboard for those who may read the reports", () => {
    const leader = me("leader", ["registry:read", "tasks:read", "reports:read"]);
    expect(keys(navItems(canOf(leader), t)).slice(0, 3)).toEqual(["follow-up", "dashboard", "tasks"]);
    expect(keys(navItems(canOf(me("agency", ["registry:read", "tasks:read"])), t))).not.toContain("dashboard");
  });

  it("lights the follow-up section on a document's and a meeting's page", () => {
    expect(["/documents/seed-001", "/meetings/m1", "/tasks/t", "/", "/users"].map(sectionOf)).toEqual([
      "tasks",
      "tasks",
      "tasks",
      "zones",
      "users",
    ]);
  });

  it("offers Edit on a zone only for kinds the officer's agency maintains", () => {
    const sct = canOf(me("agency", ["registry:read", "registry:edit"], ["CCN"]));
    const sxd = canOf(me("agency", ["registry:read", "registry:edit"], []));
    expect(sct.editZone({ kind: "CCN", investor: null })).toBe(true);
    expect(sct.editZone({ kind: "KCN", investor: null })).toBe(false);
    expect([sxd.editZone({ kind: "CCN", investor: null }), sxd.createZones, sxd.editZones]).toEqual([false, false, false]);
    expect(canOf(me("admin", ["registry:edit"])).editZone({ kind: "KKT", investor: null })).toBe(true);
  });
});
