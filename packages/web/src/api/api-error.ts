/** One field or cell the server (or the form) rejected. */
export interface ErrorDetail {
  path: string;
  message: string;
  row?: number;
  column?: string;
}

/** An error answered by the API: { error: { code, message, details?, requestId } }. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Reads an error response; a body that is not ours (a proxy's HTML page) still gives a readable error. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON
  }
  const error = (body as { error?: { code?: string; message?: string; details?: ErrorDetail[]; requestId?: string } } | null)?.error;
  return new ApiError(
    response.status,
    error?.code ?? "http",
    error?.message ?? `Máy chủ trả lời lỗi ${response.status}.`,
    Array.isArray(error?.details) ? error.details : [],
    error?.requestId ?? response.headers.get("x-request-id"),
  );
}
