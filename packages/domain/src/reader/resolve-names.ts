import { foldVi, normVi } from "../shared/vi-text";
import type { ReaderRegistry, ResolvedName } from "./types";

/**
 * Names → registry. Matching ignores case, diacritics, tone placement and punctuation, and treats
 * the usual abbreviations as their long forms ("UBND" = "Ủy ban nhân dân", "Khu KTCK" = "Khu kinh
 * tế cửa khẩu", "CCN" = "Cụm công nghiệp"), so a misspelt "Đông Đăng" still finds "Đồng Đăng".
 * What cannot be resolved stays unresolved (null); no name is invented.
 */

export interface NameEntry {
  id: string;
  name: string;
  kind: string;
  /** Zones only: the agency that invests in the zone's infrastructure. */
  investorAgencyId?: string | null;
  keys: string[][];
}

/** Entries with their keys, grouped by the keys' first unit for fast lookup. */
export interface NameSet {
  entries: NameEntry[];
  byFirstUnit: Map<string, { entry: NameEntry; key: string[] }[]>;
}

export interface NameIndex {
  agencies: NameSet;
  zones: NameSet;
  agencyById: Map<string, NameEntry>;
}

const MAX_KEY_UNITS = 40;
const folded = new Map<string, string>();

/** foldVi of one word, memoised (documents repeat the same few thousand words). */
function foldWord(word: string): string {
  let key = folded.get(word);
  if (key === undefined) {
    key = foldVi(word);
    if (folded.size > 100_000) folded.clear();
    folded.set(word, key);
  }
  return key;
}

export interface Unit {
  key: string;
  start: number;
  end: number;
}

const ABBREVIATIONS: [string[], string][] = [
  [["uy", "ban", "nhan", "dan"], "ubnd"],
  [["hoi", "dong", "nhan", "dan"], "hdnd"],
  [["ban", "quan", "ly"], "bql"],
  [["kinh", "te", "cua", "khau"], "ktck"],
  [["cum", "cong", "nghiep"], "ccn"],
  [["khu", "cong", "nghiep"], "kcn"],
];

/** Words of a text (at most `limit`) as comparable units, each with its span in the text. */
export function toUnits(text: string, limit = Number.POSITIVE_INFINITY): Unit[] {
  const words: Unit[] = [];
  const pattern = /[\p{L}\p{N}]+/gu;
  for (let m = pattern.exec(text); m !== null && words.length < limit; m = pattern.exec(text)) {
    words.push({ key: foldWord(m[0]), start: m.index, end: m.index + m[0].length });
  }
  const units: Unit[] = [];
  for (let i = 0; i < words.length; ) {
    const abbreviation = ABBREVIATIONS.find(([long]) => long.every((w, k) => words[i + k]?.key === w));
    if (abbreviation) {
      const last = words[i + abbreviation[0].length - 1];
      units.push({ key: abbreviation[1], start: words[i]?.start ?? 0, end: last?.end ?? 0 });
      i += abbreviation[0].length;
    } else {
      const word = words[i];
      if (word) units.push(word);
      i++;
    }
  }
  return units;
}

function keyOf(text: string): string[] {
  return toUnits(text).map((u) => u.key);
}

export function buildNameIndex(registry: ReaderRegistry): NameIndex {
  const entry = (e: { id: string; name: string; kind: string; aliases: string[] }): NameEntry => ({
    id: e.id,
    name: normVi(e.name),
    kind: e.kind,
    keys: [e.name, ...e.aliases].map(keyOf).filter((k) => k.length > 0 && k.length <= MAX_KEY_UNITS),
  });
  const agencies = registry.agencies.map(entry);
  const zones = registry.zones.map((z) => ({ ...entry(z), investorAgencyId: z.investorAgencyId }));
  return { agencies: nameSet(agencies), zones: nameSet(zones), agencyById: new Map(agencies.map((a) => [a.id, a])) };
}

function nameSet(entries: NameEntry[]): NameSet {
  const byFirstUnit = new Map<string, { entry: NameEntry; key: string[] }[]>();
  for (const entry of entries) {
    for (const key of entry.keys) {
      const first = key[0] ?? "";
      byFirstUnit.set(first, [...(byFirstUnit.get(first) ?? []), { entry, key }]);
    }
  }
  return { entries, byFirstUnit };
}

/** The longest key starting at `units[at]`. */
function longestAt(set: NameSet, units: Unit[], at: number): { entry: NameEntry; length: number } | null {
  let best: { entry: NameEntry; length: number } | null = null;
  for (const { entry, key } of set.byFirstUnit.get(units[at]?.key ?? "") ?? []) {
    if (best && key.length <= best.length) continue;
    if (key.every((k, i) => units[at + i]?.key === k)) best = { entry, length: key.length };
  }
  return best;
}

export interface NameMatch {
  entry: NameEntry;
  /** Offset in the searched text just after the matched name. */
  end: number;
}

/** The longest registry name that `text` begins with (at a word boundary). */
export function matchNameAt(set: NameSet, text: string): NameMatch | null {
  const units = toUnits(text, MAX_KEY_UNITS + 4);
  const first = units[0];
  if (!first || text.slice(0, first.start).trim() !== "") return null;
  const best = longestAt(set, units, 0);
  if (!best) return null;
  return { entry: best.entry, end: units[best.length - 1]?.end ?? 0 };
}

/** Every registry name mentioned in `text`, in order of appearance, each once. */
export function findNamesIn(set: NameSet, text: string): NameEntry[] {
  const units = toUnits(text);
  const found: NameEntry[] = [];
  for (let i = 0; i < units.length; i++) {
    const best = longestAt(set, units, i);
    if (best) {
      if (!found.includes(best.entry)) found.push(best.entry);
      i += best.length - 1;
    }
  }
  return found;
}

function sameKey(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

function findExact(set: NameSet, text: string): NameEntry | null {
  const key = keyOf(text);
  if (key.length === 0) return null;
  return set.byFirstUnit.get(key[0] ?? "")?.find((c) => sameKey(c.key, key))?.entry ?? null;
}

const INVESTOR = /^(?:các\s+)?(?:chủ|nhà)\s+đầu\s+tư(?:\s+hạ\s+tầng)?\s+(.+)$/iu;

/**
 * Resolves one lead or coordinator as the reader records it: an agency name or alias, a person
 * ("Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh"), or a zone's investor ("Chủ đầu tư CCN Hòa Sơn 1").
 */
export function resolveName(text: string, index: NameIndex): ResolvedName | null {
  const name = text.replace(/^đồng chí\s+/iu, "").trim();
  const agency = findExact(index.agencies, name) ?? findExact(index.agencies, name.split(",")[0] ?? "");
  if (agency && (agency.kind === "person" || !name.includes(","))) {
    return { text, agencyId: agency.id, name: agency.name };
  }
  const investor = INVESTOR.exec(name);
  if (investor?.[1]) {
    const zone = findExact(index.zones, investor[1]);
    const investorId = zone?.investorAgencyId;
    if (investorId) {
      return { text, agencyId: investorId, name: index.agencyById.get(investorId)?.name ?? investorId };
    }
  }
  return null;
}

/**
 * How a resolved agency is recorded: its registry name, unless the document wrote that same name
 * (then the document's spelling is kept, e.g. "Trung tâm phát triển quỹ đất tỉnh").
 */
export function displayName(written: string, entry: NameEntry): string {
  if (written.toLowerCase() === entry.name.toLowerCase()) return written;
  // a variant of the registry's name (abbreviated, shortened, misspelt) shows the registry's name;
  // another name the registry lists for it (a former name: "Sở Kế hoạch và Đầu tư") stays as written
  const own = new Set(toUnits(entry.name).map((u) => u.key));
  return toUnits(written).every((u) => own.has(u.key)) ? entry.name : written;
}
