import { describe, expect, it } from "vitest";
import { messages } from "./messages";

/** The shape of a catalogue: every key, arrays by length and item shape, functions by arity. */
function shapeOf(value: unknown, path = ""): string[] {
  if (typeof value === "function") return [`${path}()${value.length}`];
  if (Array.isArray(value)) return [`${path}[${value.length}]`, ...value.flatMap((v, i) => shapeOf(v, `${path}[${i}]`))];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => shapeOf(v, path ? `${path}.${k}` : k));
  return [path];
}

describe("the portal's message catalogue", () => {
  it("has the same keys in Vietnamese and English", () => {
    expect(shapeOf(messages.en).sort()).toEqual(shapeOf(messages.vi).sort());
  });

  it("has no empty text", () => {
    const texts = (v: unknown): string[] =>
      typeof v === "string" ? [v] : v && typeof v === "object" ? Object.values(v).flatMap(texts) : [];
    for (const lang of ["vi", "en"] as const) expect(texts(messages[lang]).filter((s) => s.trim() === "")).toEqual([]);
  });
});
