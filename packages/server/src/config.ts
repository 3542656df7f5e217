import { resolve } from "node:path";
import { OFFICE_AGENCY_ID } from "@dondoc/domain";
import { z } from "zod";
import { parseCidr } from "./http/client-address";

/** The only reader of process.env: parsed once, validated, frozen; fails fast with a readable list. */
const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** the address to listen on: loopback unless set (behind nginx on the same machine that is all it needs) */
    HOST: z.string().min(1).default("127.0.0.1"),
    NODE_ENV: z.string().optional(),
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
    /** the hour (Vietnam time, 0–23) of each person's daily reminder e-mail */
    DIGEST_HOUR: z.coerce.number({ error: "DIGEST_HOUR phải là một giờ từ 0 đến 23." }).int().min(0).max(23).default(7),
    ESCALATE_AFTER_DAYS: z.coerce.number().int().min(1).max(365).default(5),
    ASAP_FOLLOW_UP_DAYS: z.coerce.number().int().min(1).max(365).default(15),
    /** the province's reverse proxies, CIDR, comma-separated: X-Forwarded-For is read right to left past them */
    TRUSTED_PROXIES: z
      .string()
      .default("")
      .transform((s) =>
        s
          .split(",")
          .map((x) => x.trim())
          .filter((x) => x !== ""),
      )
      .refine(
        (list) => list.every((c) => parseCidr(c) !== null),
        "TRUSTED_PROXIES phải là danh sách CIDR, ví dụ 10.0.0.5/32,192.168.1.0/24",
      ),
    /** the most an uploaded .xlsx/.docx may inflate to, all entries together (measured while inflating) */
    ZIP_MAX_EXPANDED_MB: z.coerce.number().int().min(1).max(1024).default(50),
    ZIP_MAX_ENTRIES: z.coerce.number().int().min(1).max(65_535).default(2000),
    /** set by npm to the folder the command was typed in; CLI file arguments are relative to it */
    INIT_CWD: z.string().optional(),
  })
  .refine((e) => e.NODE_ENV !== "production" || e.PUBLIC_URL !== undefined, {
    path: ["PUBLIC_URL"],
    message:
      "Khi NODE_ENV=production phải đặt PUBLIC_URL (địa chỉ người dùng truy cập, ví dụ https://dondoc.langson.gov.vn): mọi liên kết tuyệt đối, sitemap và robots.txt dùng nó, không dùng tiêu đề Host",
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
  trustedProxies: readonly string[];
  uploads: { maxExpandedBytes: number; maxEntries: number };
  reminders: {
    intervalSeconds: number;
    daysBefore: number;
    escalateAfterDays: number;
    asapFollowUpDays: number;
    officeAgencyId: string;
    digestHour: number;
  };
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
    trustedProxies: Object.freeze(e.TRUSTED_PROXIES),
    uploads: { maxExpandedBytes: e.ZIP_MAX_EXPANDED_MB * 1024 * 1024, maxEntries: e.ZIP_MAX_ENTRIES },
    reminders: {
      intervalSeconds: e.REMINDER_INTERVAL_SECONDS,
      daysBefore: e.REMIND_DAYS_BEFORE,
      escalateAfterDays: e.ESCALATE_AFTER_DAYS,
      asapFollowUpDays: e.ASAP_FOLLOW_UP_DAYS,
      officeAgencyId: OFFICE_AGENCY_ID,
      digestHour: e.DIGEST_HOUR,
    },
  });
}
