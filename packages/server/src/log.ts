import { now } from "./clock";

/**
 * Logs on stdout: readable lines by default ("10:02:03 CẢNH BÁO message key=value"), or one JSON
 * object per line with LOG_FORMAT=json (production, a log collector).
 */
type Level = "debug" | "info" | "warn" | "error";
export type LogFormat = "text" | "json";
const order: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const names: Record<Level, string> = { debug: "gỡ lỗi", info: "", warn: "CẢNH BÁO", error: "LỖI" };
let threshold = order.info;
let format: LogFormat = "text";

export function setLogLevel(level: Level | "silent") {
  threshold = order[level];
}

export function setLogFormat(value: LogFormat) {
  format = value;
}

export function logFormat(): LogFormat {
  return format;
}

/** One line of the text format: the Vietnam time, the level (none for info), the message, the fields. */
export function textLine(time: Date, level: Level, msg: string, fields?: Record<string, unknown>): string {
  const clock = new Intl.DateTimeFormat("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hour12: false,
  }).format(time);
  const extra = Object.entries(fields ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(" ");
  return [clock, names[level], msg, extra].filter(Boolean).join(" ");
}

function write(level: Level, msg: string, fields?: Record<string, unknown>) {
  if (order[level] < threshold) return;
  const line =
    format === "json" ? JSON.stringify({ time: now().toISOString(), level, msg, ...fields }) : textLine(now(), level, msg, fields);
  process.stdout.write(`${line}\n`);
}

export const log = {
  debug: (msg: string, fields?: Record<string, unknown>) => write("debug", msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => write("info", msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => write("warn", msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => write("error", msg, fields),
};
