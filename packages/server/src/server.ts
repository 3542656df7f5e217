import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createAuth } from "./auth/better-auth";
import { bootstrapAdmin } from "./auth/bootstrap-admin";
import { today } from "./clock";
import type { Config } from "./config";
import { type Database, openDatabase } from "./db/client";
import { prepareDatabase } from "./db/prepare";
import { portalPages } from "./features/portal/portal.pages";
import { setZipLimits } from "./files/check-upload";
import { createApp } from "./http/app";
import { startScheduler } from "./jobs/scheduler";
import { log, setLogLevel } from "./log";
import { createMailer } from "./mail/mailer";
import { routes } from "./routes";

export interface RunningServer {
  url: string;
  database: Database;
  close(): Promise<void>;
}

/** Opens the database, migrates and seeds it, and listens. Used by main.ts and by the tests. */
export async function startServer(config: Config): Promise<RunningServer> {
  setLogLevel(config.logLevel);
  setZipLimits(config.uploads);
  const database = await openDatabase(config.database);
  try {
    await prepareDatabase(database, { seed: config.seed });
  } catch (error) {
    await database.close();
    throw error;
  }
  if (database.engine === "pglite") {
    log.warn(
      "Cơ sở dữ liệu nhúng (PGlite): an toàn khi tiến trình bị dừng đột ngột nhưng KHÔNG an toàn khi mất điện hoặc máy chủ khởi động lại đột ngột (không fsync). Khi triển khai thật, đặt DATABASE_URL tới PostgreSQL.",
      { dataDir: config.database.engine === "pglite" ? config.database.dataDir : undefined },
    );
  }
  const oneTimePassword = await database.withExclusiveLock((db) => bootstrapAdmin(db, config.adminPassword, today()));
  if (oneTimePassword) {
    // printed once, on the console only (not in the JSON log stream)
    console.log(
      `\n  Tài khoản quản trị đầu tiên: admin / ${oneTimePassword}\n  (mật khẩu dùng một lần: đổi ngay khi đăng nhập lần đầu; đặt DONDOC_ADMIN_PASSWORD để tự chọn)\n`,
    );
  }
  const auth = await createAuth(database.db, config);
  const app = createApp({ database, config, routes, auth, pages: portalPages });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const stopScheduler = startScheduler(database.db, config, createMailer(config.mail));
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;
  log.info(`Đôn Đốc đang chạy tại ${url}`, { url, engine: database.engine });
  return {
    url,
    database,
    async close() {
      stopScheduler();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
