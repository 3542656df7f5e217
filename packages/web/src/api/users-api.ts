import type { Role } from "@dondoc/domain";
import { apiFetch } from "./http";

/** GET /api/users */
export interface UserRow {
  id: string;
  username: string;
  name: string;
  role: Role;
  roleLabel: string;
  agency: { id: string; name: string } | null;
  disabled: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export interface NewUser {
  username: string;
  name: string;
  role: Role;
  agencyId: string | null;
  email?: string;
  password?: string;
}

export interface UserChanges {
  name?: string;
  role?: Role;
  agencyId?: string | null;
  email?: string;
  disabled?: boolean;
}

export const userKeys = { all: ["users"] as const };

export function listUsers(signal?: AbortSignal) {
  return apiFetch<{ items: UserRow[]; total: number }>("/api/users", { signal });
}

/** 201 { user, oneTimePassword }: the one-time password is shown once, never again. */
export function createUser(input: NewUser) {
  return apiFetch<{ user: UserRow; oneTimePassword: string | null }>("/api/users", { method: "POST", json: input });
}

export function updateUser(id: string, changes: UserChanges) {
  return apiFetch<UserRow>(`/api/users/${encodeURIComponent(id)}`, { method: "PATCH", json: changes });
}

export function resetUserPassword(id: string) {
  return apiFetch<{ oneTimePassword: string }>(`/api/users/${encodeURIComponent(id)}/reset-password`, { method: "POST" });
}
