import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isGlueCandidate } from "./clean-text";
import { type GoldenSeed, goldenSeeds, loadSeedText } from "./golden/load-golden";
import { BLOCK_START, isAllCaps } from "./paragraphs";
import { readDocument } from "./read-document";
import { testRegistry } from "./test-registry";
import { documentProposalSchema } from "./types";

/**
 * Extraction noise must not change what the reader finds: line breaks inside sentences and
 * footnote markers ("[[4]]", "¹", a digit glued to a word) are inserted at random into each seed.
 *
 * A break goes where a PDF could wrap a sentence: at a space inside a sentence, not right after a
 * full stop, not before something that opens a block ("- ", "3. "), and not within the first 60
 * characters of a numbered line (a numbered line that short reads as a heading, in a PDF as in print).
 */

type Noise = { at: number; kind: "break" | "bracket" | "superscript" | "glued"; n: number };

const noise = fc.array(
  fc.record({
    at: fc.nat(),
    kind: fc.constantFrom<Noise["kind"]>("break", "bracket", "superscript", "glued"),
    n: fc.integer({ min: 1, max: 9 }),
  }),
  { minLength: 1, maxLength: 12 },
);

const SUPERSCRIPTS = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"];

/** Offsets in `text` where each kind of noise may go. */
function candidates(text: string): { breaks: number[]; markers: number[]; glue: number[] } {
  const breaks: number[] = [];
  const markers: number[] = [];
  const glue: number[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const numbered = /^\s*\d{1,2}\.\s/.test(line);
    const sentence = /\p{Ll}/u.test(line) && line.trim().length >= 40 && !/^\s*(?:Số|Nơi nhận|Lưu)/u.test(line);
    for (const m of line.matchAll(/(?<=[\p{L}\p{N})])(?= )/gu)) {
      const i = m.index ?? 0;
      const rest = line.slice(i + 1);
      const word = /[\p{L}]+$/u.exec(line.slice(0, i))?.[0] ?? "";
      markers.push(lineStart + i);
      if (word.length >= 2 && isGlueCandidate(word) && !/\d/.test(line.charAt(i - word.length - 1))) {
        glue.push(lineStart + i);
      }
      const restOfLine = rest.trimEnd();
      if (!sentence || (numbered && i < 60) || BLOCK_START.test(rest) || isAllCaps(restOfLine) || restOfLine === "") continue;
      breaks.push(lineStart + i + 1);
    }
    lineStart += line.length + 1;
  }
  return { breaks, markers, glue };
}

function addNoise(text: string, noises: Noise[], doubleSpaced: boolean): string {
  const spots = candidates(text);
  const edits = noises
    .map((n) => {
      const list = n.kind === "break" ? spots.breaks : n.kind === "glued" ? spots.glue : spots.markers;
      const at = list[n.at % Math.max(list.length, 1)];
      if (at === undefined) return null;
      const insert =
        n.kind === "break"
          ? doubleSpaced
            ? "\n\n"
            : "\n"
          : n.kind === "bracket"
            ? `[[${n.n}]]`
            : n.kind === "glued"
              ? String(n.n)
              : SUPERSCRIPTS[n.n - 1];
      return { at, insert: insert ?? "" };
    })
    .filter((e): e is { at: number; insert: string } => e !== null)
    .sort((a, b) => b.at - a.at);
  let out = text;
  const used = new Set<number>();
  for (const { at, insert } of edits) {
    if (used.has(at)) continue;
    used.add(at);
    out = out.slice(0, at) + insert + out.slice(at);
  }
  return out;
}

const DOUBLE_SPACED: Record<GoldenSeed, boolean> = {
  "000_a661d64dc68d3fc7": false,
  "001_03c3869e42a75ba9": true,
  "004_ed62703d9dbd119e": true,
};

/** Hundreds of whole-document reads per property: more than vitest's 5 s default on a shared 2-core machine. */
const FUZZ_TIMEOUT = 30_000;

describe.each(goldenSeeds)("noise on seed %s", (seed) => {
  const text = loadSeedText(seed);
  const clean = readDocument(text, testRegistry);

  it(
    "finds the same tasks whatever line breaks and footnote markers are added",
    () => {
      fc.assert(
        fc.property(noise, (noises) => {
          const noisy = readDocument(addNoise(text, noises, DOUBLE_SPACED[seed]), testRegistry);
          expect(noisy.tasks).toEqual(clean.tasks);
        }),
        { numRuns: 40 },
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("junk", () => {
  it(
    "never throws and always returns a valid (possibly empty) proposal",
    () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary", maxLength: 400 }), (junk) => {
          const proposal = readDocument(junk, testRegistry);
          expect(documentProposalSchema.safeParse(proposal).success).toBe(true);
        }),
        { numRuns: 200 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "survives a seed cut at random places",
    () => {
      const text = loadSeedText("004_ed62703d9dbd119e");
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(text.length), fc.nat(400)), { maxLength: 6 }), (cuts) => {
          let cut = text;
          for (const [at, length] of cuts) cut = cut.slice(0, at) + cut.slice(at + length);
          expect(documentProposalSchema.safeParse(readDocument(cut, testRegistry)).success).toBe(true);
        }),
        { numRuns: 50 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it("returns an empty proposal for empty text", () => {
    expect(readDocument("", testRegistry)).toMatchObject({ docType: null, meetings: [], tasks: [] });
  });
});
