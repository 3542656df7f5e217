/**
 * The one error type. Codes map to HTTP statuses in one switch (server/src/http/errors.ts);
 * `message` is what the user reads, in Vietnamese. `details` points at fields or spreadsheet cells.
 */
export type AppErrorCode =
  | "invalid"
  | "not_found"
  | "forbidden"
  | "conflict"
  | "unauthenticated"
  | "too_large"
  | "rate_limited"
  | "unavailable";

export interface ErrorDetail {
  /** a field path ("areaHa") or a cell ("Dòng 5, cột Diện tích (ha)") */
  path: string;
  message: string;
  row?: number;
  column?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const invalid = (message: string, details: ErrorDetail[] = []) => new AppError("invalid", message, details);
export const notFound = (message = "Không tìm thấy dữ liệu yêu cầu.") => new AppError("not_found", message);
export const conflict = (message: string) => new AppError("conflict", message);
