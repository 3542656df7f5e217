import { describe, expect, it } from "vitest";
import { deltaTSeconds, newMoonJd, newMoonJde, sunLongitude } from "./astronomy";

describe("astronomy (Meeus)", () => {
  it("finds the new moon of February 1977 (Meeus example 49.a)", () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });

  it("finds the new moon of 29 January 2025, 12:36 UTC", () => {
    // lunation k = 310 after 6 January 2000; Tết Ất Tỵ begins at that new moon
    const jd = newMoonJd(310);
    const minutes = (jd - 2460704.5) * 24 * 60; // minutes after 2025-01-29 00:00 UTC
    expect(Math.abs(minutes - (12 * 60 + 36))).toBeLessThan(5);
  });

  it("gives the Sun's apparent longitude of 13 October 1992 (Meeus example 25.a)", () => {
    expect(sunLongitude(2448908.5 - 59 / 86400)).toBeCloseTo(199.909, 2);
  });

  it("puts the Sun at 270° at the December solstice (21/12/2025 15:03 UTC)", () => {
    const solstice = 2461030.5 + (15 * 60 + 3) / 1440;
    expect(sunLongitude(solstice - 0.01)).toBeLessThan(270);
    expect(sunLongitude(solstice + 0.01)).toBeGreaterThan(270);
  });

  it("uses a plausible ΔT", () => {
    expect(deltaTSeconds(2025)).toBeGreaterThan(65);
    expect(deltaTSeconds(2025)).toBeLessThan(75);
    expect(deltaTSeconds(1990)).toBeCloseTo(56.9, 0);
  });
});
