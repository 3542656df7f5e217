import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lockDataDir } from "./data-dir-lock";

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), "dondoc-lock-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the embedded data folder is held by one process", () => {
  it("refuses a folder another live process holds, with a clear Vietnamese message", async () => {
    const dir = fresh();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(join(dir, "dondoc.lock"), String(holder.pid));
      expect(() => lockDataDir(dir)).toThrow(/đang được tiến trình \d+ sử dụng/);
    } finally {
      holder.kill();
    }
  });

  it("takes over a lock left by a dead process, and releases it", async () => {
    const dir = fresh();
    const dead = spawn(process.execPath, ["-e", "0"]);
    await new Promise((r) => dead.on("exit", r));
    writeFileSync(join(dir, "dondoc.lock"), String(dead.pid));
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, "dondoc.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(() => readFileSync(join(dir, "dondoc.lock"))).toThrow();
  });
});
