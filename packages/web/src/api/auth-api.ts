import type { Me } from "@dondoc/domain";
import { ApiError } from "./api-error";
import { apiFetch } from "./http";

export type { Me } from "@dondoc/domain";

export const authKeys = { me: ["auth", "me"] as const };

/** The signed-in account, or null when nobody is signed in. */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await apiFetch<Me>("/api/auth/me", { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function login(input: { username: string; password: string }): Promise<Me> {
  return apiFetch<Me>("/api/auth/login", { method: "POST", json: input });
}

export function logout(): Promise<{ ok: boolean }> {
  return apiFetch<{ ok: boolean }>("/api/auth/logout", { method: "POST" });
}

export function changePassword(input: { currentPassword: string; newPassword: string }): Promise<{ ok: boolean }> {
  return apiFetch<{ ok: boolean }>("/api/auth/change-password", { method: "POST", json: input });
}
