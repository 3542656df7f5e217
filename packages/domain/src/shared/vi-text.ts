/**
 * Vietnamese text rules, in one place.
 *
 * - `normVi` stores text: NFC, collapsed spaces, and one tone-mark placement for the open
 *   clusters oa/oe/uy ("Hoà" and "Hòa" become "Hòa", the placement the province's documents use).
 * - `foldVi` is the search key: no marks, đ→d, lower case, punctuation as spaces.
 *   "Hoà Sơn", "Hòa Sơn" and "HOA SON" all fold to "hoa son".
 * - `compareVi` sorts the way a Vietnamese reader expects (An, Ân, Bình, Dương, Đà, …).
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;
const SHAPE_MARKS = /[\u0302\u0306\u031b]/; // â ê ô / ă / ơ ư
const VOWELS = "aeiouy";

/** Moves the tone of one NFD syllable onto the first vowel of oa/oe/uy ("hoà" → "hòa"). */
function placeToneOld(syllable: string): string {
  const tone = syllable.match(TONES)?.[0];
  if (!tone || SHAPE_MARKS.test(syllable)) return syllable;
  const bare = syllable.replace(TONES, "");
  const lower = bare.toLowerCase();
  const m = lower.match(/(oa|oe|uy)(?![a-z])/);
  if (!m || m.index === undefined) return syllable;
  // "qu" + y: u is part of the consonant, the tone stays on y.
  if (m[1] === "uy" && lower[m.index - 1] === "q") return syllable;
  // only when the cluster ends the vowel group (hoàng, ngoài, khuỷu keep their tone)
  const after = lower.slice(m.index + 2);
  if (after.length > 0 && VOWELS.includes(after[0] ?? "")) return syllable;
  if (after.length > 0) return syllable; // closed syllable (hoàn, thuyết): standard placement already
  const at = m.index + 1; // position after the first vowel of the cluster
  return bare.slice(0, at) + tone + bare.slice(at);
}

export function normVi(input: string): string {
  const nfd = input.normalize("NFD").replace(/\s+/g, " ").trim();
  return nfd
    .split(/(\s+|[^\p{L}\p{M}]+)/u)
    .map((part) => (/\p{L}/u.test(part) ? placeToneOld(part) : part))
    .join("")
    .normalize("NFC");
}

export function foldVi(input: string): string {
  return input
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A readable, stable identifier: "CCN Hòa Sơn 1" → "ccn-hoa-son-1". */
export function slugVi(input: string): string {
  return foldVi(input).replace(/\s+/g, "-");
}

/**
 * The stored search key of a record with several names: " ccn hoa son 1 | cum cong nghiep hoa son 1 ".
 * The spaces at both ends let `searchPattern` match at word starts with a plain LIKE (pg_trgm-indexed).
 */
export function searchKey(names: (string | null | undefined)[]): string {
  return ` ${names
    .filter((n): n is string => !!n)
    .map(foldVi)
    .join(" | ")} `;
}

/** LIKE pattern for a query: the folded phrase starting at a word ("ho son" finds Hồ Sơn, not Hòa Sơn). */
export function searchPattern(query: string): string {
  const folded = foldVi(query).replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return `% ${folded}%`;
}
