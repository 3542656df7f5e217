import { readDocument } from "../read-document";
import { testRegistry } from "../test-registry";
import { goldenSeeds, loadFixture, loadSeedText } from "./load-golden";
import { accuracy, scoreProposal } from "./score";

/**
 * Prints the reader's field-level accuracy against the golden fixtures:
 *   npx tsx packages/domain/src/reader/golden/print-accuracy.ts
 */
const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

for (const seed of goldenSeeds) {
  const text = loadSeedText(seed);
  const started = performance.now();
  const runs = 20;
  let proposal = readDocument(text, testRegistry);
  for (let i = 1; i < runs; i++) proposal = readDocument(text, testRegistry);
  const perSecond = (runs * 1000) / (performance.now() - started);
  const score = scoreProposal(proposal, loadFixture(seed));
  console.log(
    `\n${seed}: accuracy ${percent(accuracy(score))}, task precision ${percent(score.precision)}, recall ${percent(score.recall)}, ${perSecond.toFixed(0)} documents/s`,
  );
  for (const [field, [matched, total]] of Object.entries(score.fields)) {
    console.log(`  ${field.padEnd(18)} ${matched}/${total}`);
  }
  for (const mismatch of score.mismatches) console.log(`  ✗ ${mismatch}`);
}
