import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import type { FixtureRule } from "./score";

/**
 * Benchmark helper (not part of the reader): the development corpus in `golden/corpus/` — real
 * public documents that are not the seeds, each `<name>.txt` kept as found and `<name>.json`
 * labelled by hand (source address, date, kind, issuer, tasks, judgement calls).
 *
 * The split is fixed before tuning: a document belongs to the untouched part when the first byte
 * of sha256(file name) is odd, to the tuning part otherwise. Nobody chooses where a document goes.
 */

export interface CorpusTask {
  lead: string[];
  coordinators: string[];
  deadline: FixtureRule;
  sourceQuote: string;
  /** A judgement call made while labelling. */
  note?: string;
}

export interface CorpusFixture {
  source: string;
  date: string;
  kind: string;
  issuer: string;
  tasks: CorpusTask[];
  notes?: string[];
}

export interface CorpusDocument {
  name: string;
  text: string;
  fixture: CorpusFixture;
}

export type CorpusPart = "tuning" | "untouched";

export function partOf(name: string): CorpusPart {
  const first = createHash("sha256").update(name).digest()[0] ?? 0;
  return first % 2 === 1 ? "untouched" : "tuning";
}

const folder = new URL("./corpus/", import.meta.url);

export function loadCorpus(part: CorpusPart): CorpusDocument[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .filter((name) => partOf(name) === part)
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(new URL(`./${name}.txt`, folder), "utf8"),
      fixture: JSON.parse(readFileSync(new URL(`./${name}.json`, folder), "utf8")) as CorpusFixture,
    }));
}
