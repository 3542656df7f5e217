/** What the server records (record-audit calls): the filter's choices and the catalogue's keys. */
export const auditEntities = ["user", "zone", "task", "document"] as const;
export const auditActions = [
  "create",
  "update",
  "login",
  "logout",
  "login-failed",
  "login-refused-locked",
  "login-refused-disabled",
  "change-password",
  "reset-password",
  "confirm-reading",
  "progress",
  "submit",
  "confirm",
  "return",
  "extension-request",
  "extension-approve",
  "extension-reject",
  "cancel",
] as const;
export type AuditEntity = (typeof auditEntities)[number];
export type AuditAction = (typeof auditActions)[number];

export const isAuditAction = (a: string): a is AuditAction => (auditActions as readonly string[]).includes(a);
export const isAuditEntity = (e: string): e is AuditEntity => (auditEntities as readonly string[]).includes(e);
