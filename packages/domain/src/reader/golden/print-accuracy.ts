import { readDocument } from "../read-document";
import { testRegistry } from "../test-registry";
import { type CorpusPart, loadCorpus } from "./corpus";
import { goldenSeeds, loadFixture, loadSeedText } from "./load-golden";
import { accuracy, prf, scoreProposal, scoreTasks, type TaskScore } from "./score";

/**
 * The reader's benchmark (`npm run bench:reader`): for the seeds, the tuning part and the untouched
 * part of the development corpus, per document and overall, precision, recall and F1 by (leads,
 * deadline) and field accuracy. `--quiet-untouched` prints only the untouched part's totals (use it
 * while tuning, so its per-document output is not seen).
 */
const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
const quietUntouched = process.argv.includes("--quiet-untouched");

function line(label: string, s: TaskScore): string {
  const { precision, recall, f1 } = prf(s.found, s.proposed, s.expected);
  const [m, t] = Object.values(s.fields).reduce(([a, b], [x, y]) => [a + x, b + y], [0, 0]);
  const fields = Object.entries(s.fields)
    .map(([f, [x, y]]) => `${f} ${x}/${y}`)
    .join(", ");
  return `${label.padEnd(48)} P ${percent(precision).padStart(7)}  R ${percent(recall).padStart(7)}  F1 ${percent(f1).padStart(7)}  fields ${percent(t === 0 ? 1 : m / t).padStart(7)} (${fields}; ${s.found}/${s.expected} found, ${s.proposed} proposed)`;
}

function add(total: TaskScore, s: TaskScore): void {
  total.expected += s.expected;
  total.proposed += s.proposed;
  total.found += s.found;
  for (const f of Object.keys(total.fields) as (keyof TaskScore["fields"])[]) {
    total.fields[f][0] += s.fields[f][0];
    total.fields[f][1] += s.fields[f][1];
  }
}

const empty = (): TaskScore => ({ expected: 0, proposed: 0, found: 0, fields: { lead: [0, 0], coordinators: [0, 0], deadline: [0, 0] }, mismatches: [] });

console.log("== seeds (every field of the recorded fixtures) ==");
const seedTotal = empty();
for (const seed of goldenSeeds) {
  const text = loadSeedText(seed);
  const started = performance.now();
  const runs = 20;
  let proposal = readDocument(text, testRegistry);
  for (let i = 1; i < runs; i++) proposal = readDocument(text, testRegistry);
  const perSecond = (runs * 1000) / (performance.now() - started);
  const fixture = loadFixture(seed);
  const score = scoreProposal(proposal, fixture);
  const tasks = scoreTasks(fixture.tasks, proposal.tasks);
  add(seedTotal, tasks);
  console.log(line(seed, tasks));
  console.log(`  all fields ${percent(accuracy(score))}, ${perSecond.toFixed(0)} documents/s`);
  for (const [field, [matched, total]] of Object.entries(score.fields)) console.log(`    ${field.padEnd(18)} ${matched}/${total}`);
  for (const mismatch of score.mismatches) console.log(`    ✗ ${mismatch}`);
}
console.log(line("seeds overall", seedTotal));

for (const part of ["tuning", "untouched"] as CorpusPart[]) {
  const docs = loadCorpus(part);
  console.log(`\n== corpus, ${part} part (${docs.length} documents) ==`);
  const total = empty();
  for (const doc of docs) {
    const proposal = readDocument(doc.text, testRegistry);
    const s = scoreTasks(doc.fixture.tasks, proposal.tasks);
    add(total, s);
    if (part === "untouched" && quietUntouched) continue;
    console.log(line(doc.name, s));
    for (const mismatch of s.mismatches) console.log(`    ✗ ${mismatch}`);
  }
  console.log(line(`${part} overall`, total));
}
