/**
 * Roles and what each may do: deny by default, one table. Scoped rules (which zone, which
 * agency) are the functions of scopes.ts; routes call both through one `authorize` in the server.
 */
export const roles = ["admin", "leader", "office", "agency", "investor", "public"] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, { vi: string; en: string }> = {
  admin: { vi: "Quản trị hệ thống", en: "Administrator" },
  leader: { vi: "Lãnh đạo UBND tỉnh", en: "Provincial leader" },
  office: { vi: "Văn phòng UBND tỉnh", en: "Provincial office" },
  agency: { vi: "Cán bộ sở, ban, ngành, xã", en: "Agency officer" },
  investor: { vi: "Chủ đầu tư hạ tầng", en: "Infrastructure investor" },
  public: { vi: "Công chúng", en: "Public" },
};

export const permissions = [
  "public", // no sign-in needed
  "signed-in", // any account (own profile, password)
  "registry:read",
  "registry:edit", // create zones, edit any field — scoped to the kinds the user's agency maintains
  "zone-figures:edit", // an investor's own zone's figures
  "users:manage",
  "audit:read",
  "tasks:read", // all tasks for leaders, the office and admins; an agency's own tasks otherwise (task-scopes.ts)
  "tasks:manage", // record documents, meetings and tasks; confirm, return, decide extensions (the office)
  "tasks:report", // report progress, submit completion, ask for an extension on one's own tasks
  "enquiries:answer", // read and answer investors' enquiries addressed to one's agency
  "reports:read", // the consolidated reports (every agency's tasks and figures)
] as const;
export type Permission = (typeof permissions)[number];

const grants: Record<Role, readonly Permission[]> = {
  admin: [
    "public",
    "signed-in",
    "registry:read",
    "registry:edit",
    "users:manage",
    "audit:read",
    "tasks:read",
    "tasks:manage",
    "tasks:report",
    "enquiries:answer",
    "reports:read",
  ],
  leader: ["public", "signed-in", "registry:read", "tasks:read", "reports:read"],
  office: ["public", "signed-in", "registry:read", "audit:read", "tasks:read", "tasks:manage", "reports:read"],
  agency: ["public", "signed-in", "registry:read", "registry:edit", "tasks:read", "tasks:report", "enquiries:answer", "reports:read"],
  investor: ["public", "signed-in", "registry:read", "zone-figures:edit", "tasks:read", "tasks:report"],
  public: ["public"],
};

export function roleCan(role: Role | null, permission: Permission): boolean {
  if (permission === "public") return true;
  return role !== null && grants[role].includes(permission);
}
