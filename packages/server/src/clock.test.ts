import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { now, resetClock, setClock, today } from "./clock";

const root = fileURLToPath(new URL("../../", import.meta.url));
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("the server's one clock", () => {
  it("is the only reader of the wall clock in the server and the CLI", () => {
    const readers = [join(root, "server/src"), join(root, "cli/src")]
      .flatMap(sources)
      .filter((f) => !f.endsWith(join("server", "src", "clock.ts")))
      .filter((f) => /new Date\(\s*\)|Date\.now\(\)/.test(readFileSync(f, "utf8")))
      .map((f) => relative(root, f));
    expect(readers).toEqual([]);
  });

  it("is set by tests, ticks on from there, and gives the Vietnamese day", () => {
    setClock("2026-11-30T23:30:00+07:00");
    expect(today()).toBe("2026-11-30");
    const a = now().getTime();
    expect(a - Date.parse("2026-11-30T16:30:00Z")).toBeLessThan(5_000);
    setClock("2026-11-30T17:00:00Z"); // midnight in Hà Nội
    expect(today()).toBe("2026-12-01");
    resetClock();
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000);
  });
});
