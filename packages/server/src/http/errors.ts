import { AppError, type AppErrorCode } from "@dondoc/domain";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import { log } from "../log";

/** The one mapping from error codes to HTTP statuses. */
export function statusOf(code: AppErrorCode): 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503 {
  switch (code) {
    case "invalid":
      return 422;
    case "unauthenticated":
      return 401;
    case "forbidden":
      return 403;
    case "not_found":
      return 404;
    case "conflict":
      return 409;
    case "too_large":
      return 413;
    case "rate_limited":
      return 429;
    case "unavailable":
      return 503;
    default: {
      const unreachable: never = code;
      throw new Error(`unmapped error code ${unreachable}`);
    }
  }
}

/** Zod issues as field details, in Vietnamese. */
export function fromZod(error: z.ZodError, message = "Dữ liệu gửi lên không hợp lệ."): AppError {
  return new AppError(
    "invalid",
    message,
    error.issues.map((i) => ({ path: i.path.join(".") || "(toàn bộ)", message: i.message })),
  );
}

/** Never a stack trace, SQL text or file path to the client: the message is ours, the details are logged. */
export function handleError(error: unknown, c: Context): Response {
  const requestId = c.get("requestId") as string | undefined;
  let appError: AppError;
  if (error instanceof AppError) appError = error;
  else if (error instanceof z.ZodError) appError = fromZod(error);
  else if (error instanceof HTTPException && error.status === 413)
    appError = new AppError("too_large", "Tệp hoặc dữ liệu gửi lên quá lớn.");
  else if (error instanceof HTTPException && error.status < 500) appError = new AppError("invalid", "Yêu cầu không hợp lệ.");
  else {
    log.error("unhandled error", {
      requestId,
      error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
    });
    return c.json(
      {
        error: {
          code: "internal",
          message: "Đã có lỗi trong hệ thống. Vui lòng thử lại sau hoặc báo quản trị viên (mã yêu cầu ở dưới).",
          requestId,
        },
      },
      500,
    );
  }
  const status = statusOf(appError.code);
  if (status >= 500) log.warn("unavailable", { requestId, message: appError.message });
  return c.json({ error: { code: appError.code, message: appError.message, details: appError.details, requestId } }, status);
}
