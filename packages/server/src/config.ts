import { resolve } from "node:path";
import { z } from "zod";

/** The only reader of process.env: parsed once, validated, frozen; fails fast with a readable list. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL phải bắt đầu bằng postgres://")
    .optional(),
  DATA_DIR: z.string().default("./data"),
  /** a raster tile URL template for the map, e.g. https://tile.example.vn/{z}/{x}/{y}.png; none by default */
  MAP_TILE_URL: z.string().url().optional(),
  MAP_TILE_ATTRIBUTION: z.string().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** "text": readable lines on a console (default); "json": one JSON object per line, for a log collector */
  LOG_FORMAT: z.enum(["text", "json"]).default("text"),
  /** set to "1" to skip loading the Lạng Sơn reference data (tests that build their own) */
  DONDOC_SKIP_SEED: z.enum(["0", "1"]).default("0"),
  /** the first admin's password at first start; without it a one-time password is printed once */
  DONDOC_ADMIN_PASSWORD: z.string().min(10, "DONDOC_ADMIN_PASSWORD phải dài ít nhất 10 ký tự").optional(),
  /** the address users reach the product at; https:// makes session cookies Secure */
  PUBLIC_URL: z.string().url().optional(),
  /** smtp://user:pass@host:port for e-mail reminders; none: in-app notifications only */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL phải bắt đầu bằng smtp:// hoặc smtps://")
    .optional(),
  MAIL_FROM: z.string().default("Đôn Đốc <dondoc@localhost>"),
  /** how often the reminder job runs, in seconds; 0 turns it off */
  REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
  REMIND_DAYS_BEFORE: z.coerce.number().int().min(1).max(60).default(3),
  ESCALATE_AFTER_DAYS: z.coerce.number().int().min(1).max(365).default(5),
  ASAP_FOLLOW_UP_DAYS: z.coerce.number().int().min(1).max(365).default(15),
  /** "1" when a reverse proxy of the province sets X-Forwarded-For (rate limits then use it) */
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  /** set by npm to the folder the command was typed in; CLI file arguments are relative to it */
  INIT_CWD: z.string().optional(),
});

export type Config = Readonly<{
  port: number;
  host: string;
  database: { engine: "pglite"; dataDir: string } | { engine: "postgres"; url: string };
  map: { tileUrl: string | null; tileAttribution: string | null };
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  logFormat: "text" | "json";
  seed: boolean;
  invocationDir: string;
  adminPassword: string | null;
  publicUrl: string | null;
  mail: { smtpUrl: string | null; from: string };
  trustProxy: boolean;
  reminders: { intervalSeconds: number; daysBefore: number; escalateAfterDays: number; asapFollowUpDays: number; officeAgencyId: string };
}>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { engine: "postgres" as const, url: e.DATABASE_URL }
      : { engine: "pglite" as const, dataDir: resolve(e.DATA_DIR) },
    map: { tileUrl: e.MAP_TILE_URL ?? null, tileAttribution: e.MAP_TILE_ATTRIBUTION ?? null },
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    seed: e.DONDOC_SKIP_SEED !== "1",
    invocationDir: e.INIT_CWD ?? process.cwd(),
    adminPassword: e.DONDOC_ADMIN_PASSWORD ?? null,
    publicUrl: e.PUBLIC_URL ?? null,
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM },
    trustProxy: e.TRUST_PROXY === "1",
    reminders: {
      intervalSeconds: e.REMINDER_INTERVAL_SECONDS,
      daysBefore: e.REMIND_DAYS_BEFORE,
      escalateAfterDays: e.ESCALATE_AFTER_DAYS,
      asapFollowUpDays: e.ASAP_FOLLOW_UP_DAYS,
      officeAgencyId: "van-phong-ubnd-tinh",
    },
  });
}
