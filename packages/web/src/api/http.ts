import { ApiError, toApiError } from "./api-error";

type Query = Record<string, string | number | undefined | null>;

/** "/api/zones" + { q: "hoa son", page: 2 } → "/api/zones?q=hoa+son&page=2" (empty values left out). */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** fetch → JSON, or throws ApiError with the server's Vietnamese message. */
export async function apiFetch<T>(path: string, init?: RequestInit & { json?: unknown }): Promise<T> {
  const { json, ...rest } = init ?? {};
  const headers = new Headers(rest.headers);
  headers.set("accept", "application/json");
  if (json !== undefined) headers.set("content-type", "application/json");
  let response: Response;
  try {
    response = await fetch(path, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
  } catch {
    throw new ApiError(0, "network", "Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.");
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}
