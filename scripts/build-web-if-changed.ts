/**
 * `npm start`'s first step: builds the web app only when its sources changed since the last build.
 * The sources are hashed by content (git checkouts change mtimes): packages/web (without dist),
 * packages/domain/src and the lockfile; the hash of the last build sits in packages/web/dist.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "packages/web/dist");
const STAMP = join(DIST, ".sources-hash");
const SOURCES = ["packages/web", "packages/domain/src", "package-lock.json"];
const SKIP = new Set(["dist", "node_modules"]);

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .filter((e) => !SKIP.has(e.name))
    .flatMap((e) => (e.isDirectory() ? files(join(path, e.name)) : [join(path, e.name)]));
}

function sourcesHash(): string {
  const hash = createHash("sha256");
  for (const file of SOURCES.flatMap(files).sort())
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(join(ROOT, file)));
  return hash.digest("hex");
}

const started = performance.now();
const current = sourcesHash();
const built = existsSync(STAMP) && existsSync(join(DIST, "index.html")) ? readFileSync(STAMP, "utf8").trim() : null;
if (built === current) {
  console.log(`Giao diện web đã được build, không đổi từ lần trước (kiểm tra ${Math.round(performance.now() - started)} ms).`);
} else {
  console.log(built ? "Mã nguồn giao diện web đã thay đổi: build lại (khoảng 30 giây)…" : "Build giao diện web lần đầu (khoảng 30 giây)…");
  execFileSync("npx", ["vite", "build", "packages/web", "--logLevel", "warn"], { cwd: ROOT, stdio: "inherit" });
  writeFileSync(STAMP, `${current}\n`);
}
