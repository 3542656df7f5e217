// @ts-check
/**
 * `npm start`: one plain Node process, no TypeScript loader at run time.
 * 1. the web app (packages/web/dist) is built only when its sources changed since the last build;
 * 2. the server (packages/server/dist/main.mjs) is bundled by esbuild only when its sources changed;
 * 3. the bundle is imported and listens (not with --build-only, which `npm run build:web` uses).
 * Sources are hashed by content (git checkouts change mtimes), and by size and time so that an
 * unchanged tree is not read; each hash sits next to its build.
 * The bundle keeps the dependencies external (node_modules) and each source file's own
 * import.meta.url, so data files (migrations, seeds, geo, portal css) resolve as from the sources.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SKIP = new Set(["dist", "node_modules"]);
const TEST = /\.test\.tsx?$|\.e2e\.ts$/;

/** @param {string} path @returns {string[]} */
function files(path) {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .filter((e) => !SKIP.has(e.name))
    .flatMap((e) => (e.isDirectory() ? files(join(path, e.name)) : [join(path, e.name)]));
}

/** @param {string[]} sources @param {(file: string) => boolean} keep */
function sourceFiles(sources, keep) {
  return sources.flatMap(files).filter(keep).sort();
}

/** @param {string[]} list */
function contentHash(list) {
  const hash = createHash("sha256").update(ROOT).update("\0");
  for (const file of list)
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(join(ROOT, file)));
  return hash.digest("hex");
}

/** Each file's path, size and modification time: read without opening a file. @param {string[]} list */
function statHash(list) {
  const hash = createHash("sha256").update(ROOT).update("\0");
  for (const file of list) {
    const s = statSync(join(ROOT, file));
    hash.update(`${file}\0${s.size}\0${s.mtimeMs}\0`);
  }
  return hash.digest("hex");
}

/**
 * Runs `build` when the sources' content hash differs from the one stored in `stamp`; says which in
 * Vietnamese. The stamp also holds a hash of the files' sizes and times: when those are unchanged
 * the contents are not read at all (most starts); when they changed (a checkout, an edit) the
 * contents decide, so a checkout that only touched times does not rebuild.
 * @param {{ what: string; stamp: string; output: string; sources: string[]; keep: (file: string) => boolean; build: () => Promise<void>; slow: string }} job
 */
async function buildIfChanged({ what, stamp, output, sources, keep, build, slow }) {
  const started = performance.now();
  const list = sourceFiles(sources, keep);
  const stats = statHash(list);
  const [built, builtStats] = existsSync(stamp) && existsSync(output) ? readFileSync(stamp, "utf8").trim().split("\n") : [];
  if (built && builtStats === stats) return Math.round(performance.now() - started);
  const current = contentHash(list);
  if (built !== current) {
    console.log(built ? `Mã nguồn ${what} đã thay đổi: build lại${slow}…` : `Build ${what} lần đầu${slow}…`);
    await build();
  }
  // the times taken before the build: a file edited while it ran is read again at the next start
  writeFileSync(stamp, `${current}\n${stats}\n`);
  return Math.round(performance.now() - started);
}

const webDist = join(ROOT, "packages/web/dist");
const serverDist = join(ROOT, "packages/server/dist");
const serverEntry = join(serverDist, "main.mjs");

const webMs = await buildIfChanged({
  what: "giao diện web",
  stamp: join(webDist, ".sources-hash"),
  output: join(webDist, "index.html"),
  sources: ["packages/web", "packages/domain/src", "package-lock.json"],
  keep: (f) => !TEST.test(f),
  slow: " (dưới một phút)",
  // in its own process: vite sets NODE_ENV=production in the process that builds
  build: async () => {
    execFileSync(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "packages/web", "--logLevel", "warn"], {
      cwd: ROOT,
      stdio: "inherit",
    });
  },
});

const serverMs = await buildIfChanged({
  what: "máy chủ",
  stamp: join(serverDist, ".sources-hash"),
  output: serverEntry,
  sources: ["packages/server/src", "packages/domain/src", "package-lock.json", "scripts/start.mjs"],
  keep: (f) => !TEST.test(f) && !f.includes("/test/"),
  slow: " (vài giây)",
  build: async () => {
    const { build } = await import("esbuild");
    rmSync(serverDist, { recursive: true, force: true });
    await build({
      entryPoints: { main: join(ROOT, "packages/server/src/main.ts") },
      outdir: serverDist,
      outExtension: { ".js": ".mjs" },
      chunkNames: "chunks/[name]-[hash]",
      // main.ts's import("./server") is its own chunk: its dependencies load while the database opens
      splitting: true,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      sourcemap: "linked",
      logLevel: "warning",
      plugins: [
        {
          name: "dondoc-server",
          setup(b) {
            // dependencies stay in node_modules; the workspace's own TypeScript packages are bundled
            b.onResolve({ filter: /^[^./]/ }, (a) => (a.path.startsWith("@dondoc/") ? undefined : { path: a.path, external: true }));
            // each file keeps its own location for the data files it reads next to itself
            b.onLoad({ filter: /\.ts$/ }, async (a) => ({
              contents: (await readFile(a.path, "utf8")).replaceAll("import.meta.url", JSON.stringify(pathToFileURL(a.path).href)),
              loader: "ts",
            }));
          },
        },
      ],
    });
  },
});

if (process.env.DONDOC_START_TIMING === "1") console.log(`kiểm tra build: web ${webMs} ms, máy chủ ${serverMs} ms`);
// `npm run build:web` is this script with --build-only: the same builds, the same hashes, no server
if (!process.argv.includes("--build-only")) await import(pathToFileURL(serverEntry).href);
