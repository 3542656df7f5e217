import { readFileSync } from "node:fs";
import type { Fixture } from "./score";

/** Test and benchmark helper (not part of the reader): the seed texts and fixtures copied here. */

export const goldenSeeds = ["000_a661d64dc68d3fc7", "001_03c3869e42a75ba9", "004_ed62703d9dbd119e"] as const;
export type GoldenSeed = (typeof goldenSeeds)[number];

export function loadSeedText(seed: GoldenSeed): string {
  return readFileSync(new URL(`./${seed}.txt`, import.meta.url), "utf8");
}

export function loadFixture(seed: GoldenSeed): Fixture {
  return JSON.parse(readFileSync(new URL(`./${seed}.json`, import.meta.url), "utf8")) as Fixture;
}
