/**
 * Time from `npm start` to the first HTTP 200, on the embedded database: a first start (empty data
 * folder: migrations and the Lạng Sơn data) and a second one (the same folder). The web app is
 * expected to be built already (npm start builds it only when its sources changed).
 *   npm run bench:start
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PORT = 3917;

async function timeToFirst200(dataDir: string): Promise<{ ms: number; firstLines: string }> {
  const started = performance.now();
  const child = spawn("npm", ["start", "--silent"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(PORT),
      DATA_DIR: dataDir,
      DONDOC_ADMIN_PASSWORD: "bench-mat-khau-quan-tri",
      REMINDER_INTERVAL_SECONDS: "0",
    },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  let out = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  try {
    for (;;) {
      const res = await fetch(`http://127.0.0.1:${PORT}/`).catch(() => null);
      if (res?.status === 200) return { ms: performance.now() - started, firstLines: out };
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await new Promise((r) => child.once("exit", r));
    // npm exits first; the server may still be closing (and answering on an open connection)
    while (child.pid && groupAlive(child.pid)) await new Promise((r) => setTimeout(r, 50));
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

const dataDir = mkdtempSync(join(tmpdir(), "dondoc-bench-start-"));
try {
  const first = await timeToFirst200(dataDir);
  const second = await timeToFirst200(dataDir);
  console.log(second.firstLines.split("\n").slice(0, 8).join("\n"));
  console.log(`npm start → first 200, empty data folder: ${(first.ms / 1000).toFixed(2)} s`);
  console.log(`npm start → first 200, existing data:     ${(second.ms / 1000).toFixed(2)} s`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
