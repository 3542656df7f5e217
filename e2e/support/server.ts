import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../../packages/server/src/config";
import { startServer } from "../../packages/server/src/server";

const WEB_INDEX = fileURLToPath(new URL("../../packages/web/dist/index.html", import.meta.url));

/** The first admin's password in the test database (DONDOC_ADMIN_PASSWORD). */
export const ADMIN = { username: "admin", password: "e2e-mat-khau-quan-tri" };

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** The whole product in this process, on a fresh embedded database with the Lạng Sơn data, serving the built web app. */
export async function startTestServer(): Promise<TestServer> {
  if (!existsSync(WEB_INDEX)) {
    throw new Error("Giao diện web chưa được build (thiếu packages/web/dist/index.html). Chạy: npm run build:web");
  }
  const dataDir = mkdtempSync(join(tmpdir(), "dondoc-e2e-"));
  const app = await startServer(
    loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn", DONDOC_ADMIN_PASSWORD: ADMIN.password }),
  );
  return {
    url: app.url,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
