import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createAuth } from "./auth/better-auth";
import { bootstrapAdmin } from "./auth/bootstrap-admin";
import { today } from "./clock";
import type { Config } from "./config";
import { type Database, openDatabase } from "./db/client";
import { type Prepared, prepareDatabase } from "./db/prepare";
import { portalPages } from "./features/portal/portal.pages";
import { setZipLimits } from "./files/check-upload";
import { createApp } from "./http/app";
import { startScheduler } from "./jobs/scheduler";
import { log, logFormat, setLogFormat, setLogLevel } from "./log";
import { createMailer } from "./mail/mailer";
import { routes } from "./routes";

export interface RunningServer {
  url: string;
  database: Database;
  close(): Promise<void>;
}

/** Opens the database (or takes the one main.ts began opening), migrates and seeds it, and listens. Used by main.ts and by the tests. */
export async function startServer(config: Config, opening?: Promise<Database>): Promise<RunningServer> {
  setLogLevel(config.logLevel);
  setZipLimits(config.uploads);
  setLogFormat(config.logFormat);
  const database = await (opening ?? openDatabase(config.database));
  let prepared: Prepared;
  try {
    prepared = await prepareDatabase(database, { seed: config.seed });
  } catch (error) {
    await database.close();
    throw error;
  }
  const oneTimePassword = await database.withExclusiveLock((db) => bootstrapAdmin(db, config.adminPassword, today()));
  // better-auth loads once the server listens: the web app's files and the portal are served meanwhile,
  // and the first API request waits for it (runRoute awaits deps.auth)
  let listening: () => void = () => {};
  const auth = new Promise<void>((resolve) => {
    listening = resolve;
  }).then(() => createAuth(database.db, config));
  auth.catch((error: unknown) => {
    log.error("auth failed to load", { error: error instanceof Error ? error.message : String(error) });
  });
  const app = createApp({ database, config, routes, auth, pages: portalPages });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  setImmediate(listening);
  // what may wait until the server listens (a later day's occurrences: today's are still covered)
  const afterListen = prepared.afterListen().catch((error: unknown) => {
    log.error("occurrences after start failed", { error: error instanceof Error ? error.message : String(error) });
  });
  const stopScheduler = startScheduler(database.db, config, createMailer(config.mail));
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;
  const dataDir = config.database.engine === "pglite" ? config.database.dataDir : undefined;
  if (logFormat() === "text" && config.logLevel !== "silent") {
    // the first lines a person reads: where to open it, how to sign in, where the data is
    console.log(startupLines({ url, oneTimePassword, adminPassword: config.adminPassword, dataDir }).join("\n"));
  } else {
    log.info(`Đôn Đốc đang chạy tại ${url}`, { url, engine: database.engine, dataDir });
    // printed once, on the console only (not in the JSON log stream)
    if (oneTimePassword) console.log(`Tài khoản quản trị đầu tiên: admin / ${oneTimePassword} (mật khẩu dùng một lần)`);
  }
  const { ms, migrated, seeded, occurrences } = prepared;
  log.info("database ready", { engine: database.engine, ms, migrated, seeded: seeded !== null, ...seeded, occurrences });
  if (database.engine === "pglite") {
    log.warn(
      "Cơ sở dữ liệu nhúng (PGlite): an toàn khi tiến trình bị dừng đột ngột nhưng KHÔNG an toàn khi mất điện hoặc máy chủ khởi động lại đột ngột (không fsync). Khi triển khai thật, đặt DATABASE_URL tới PostgreSQL.",
      { dataDir },
    );
  }
  return {
    url,
    database,
    async close() {
      stopScheduler();
      await afterListen;
      await auth.catch(() => undefined);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}

/** What `npm start` prints first, in plain Vietnamese: the address, how to sign in, the data folder. */
export function startupLines(input: {
  url: string;
  oneTimePassword: string | null;
  adminPassword: string | null;
  dataDir: string | undefined;
}): string[] {
  const signIn = input.oneTimePassword
    ? [
        `  Đăng nhập:  tài khoản admin, mật khẩu dùng một lần ${input.oneTimePassword}`,
        "              (đổi ngay ở lần đăng nhập đầu; đặt DONDOC_ADMIN_PASSWORD để tự chọn mật khẩu)",
      ]
    : input.adminPassword
      ? ["  Đăng nhập:  tài khoản admin, mật khẩu là giá trị DONDOC_ADMIN_PASSWORD (nếu chưa đổi)"]
      : ["  Đăng nhập:  tài khoản admin với mật khẩu đã đặt (mật khẩu dùng một lần chỉ in ở lần chạy đầu)"];
  return [
    "",
    `  Đôn Đốc đang chạy: mở ${input.url}`,
    ...signIn,
    input.dataDir ? `  Dữ liệu:    ${input.dataDir} (cơ sở dữ liệu nhúng)` : "  Dữ liệu:    PostgreSQL (DATABASE_URL)",
    "  Dừng:       Ctrl+C",
    "",
  ];
}
