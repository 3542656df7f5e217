import { spawnSync } from "node:child_process";
import { startTempPostgres } from "./postgres-temp";
import { installMissingSystemPackages } from "./system-packages";

/**
 * `npm test`: every test, in order — unit (domain, web), server on the embedded database,
 * the domain and server suites again with the clock a year ahead (faketime), the server on a real
 * PostgreSQL, then browser tests in Chromium. Debian packages the machine lacks are installed first
 * (scripts/system-packages.ts); nothing is skipped silently.
 *   npm test -- static | unit | server | clock | postgres | e2e     runs one stage
 */
const only = process.argv[2];
const stages = ["static", "unit", "server", "clock", "postgres", "e2e"].filter((s) => !only || s === only);

if (stages.some((s) => ["server", "clock", "postgres", "e2e"].includes(s))) {
  const missing = installMissingSystemPackages();
  if (missing.length > 0) {
    console.error(`\nKhông cài được / could not install:\n${missing.map((m) => `  - ${m}`).join("\n")}\n`);
    process.exit(1);
  }
}

function run(label: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${label} ━━`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ label, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}
const results: { label: string; ok: boolean; seconds: number }[] = [];
const vitest = (...projects: string[]) => ["vitest", "run", ...projects.flatMap((p) => ["--project", p])];

if (stages.includes("static")) {
  run("types: tsc --noEmit", "npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]);
  run("lint and format: biome check", "npx", ["biome", "check", "--max-diagnostics=20"]);
}
if (stages.includes("unit")) run("unit: domain + web", "npx", vitest("domain", "web"));
if (stages.includes("server")) run("server: embedded PGlite", "npx", vitest("server"));
if (stages.includes("clock")) {
  // the same suites with the process clock a year ahead: a test that silently depends on the real date fails here
  const ahead = new Date(Date.now() + 366 * 86_400_000).toISOString().slice(0, 19).replace("T", " ");
  run(`clock: domain + server with the clock at ${ahead} UTC (faketime)`, "faketime", [
    "-f",
    `@${ahead}`,
    "npx",
    ...vitest("domain", "server"),
  ]);
}
if (stages.includes("postgres")) {
  const pg = await startTempPostgres();
  console.log(`\n${pg.version} on ${pg.url}`);
  try {
    run("server: PostgreSQL", "npx", vitest("server"), { TEST_DATABASE_URL: pg.url });
  } finally {
    pg.stop();
  }
}
if (stages.includes("e2e")) {
  if (run("build web", "npm", ["run", "build:web"])) run("e2e: Chromium", "npx", vitest("e2e"));
}

console.log("\n━━ summary ━━");
for (const r of results) console.log(`${r.ok ? "✓" : "✗"} ${r.label} (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`stages: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
