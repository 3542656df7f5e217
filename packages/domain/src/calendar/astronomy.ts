/**
 * The two astronomical quantities the lunisolar calendar needs, from J. Meeus, "Astronomical
 * Algorithms" (2nd ed.): the instant of a new moon (ch. 49) and the apparent longitude of the
 * Sun (ch. 25, low accuracy, ~0.01°). Times are Julian Days; `jde` is Terrestrial Time.
 */
const RAD = Math.PI / 180;

/** Mean length of a lunation, in days. */
export const SYNODIC_MONTH = 29.530588861;

/** JDE of the first new moon of 2000 (6 January 2000, 18:14 TT), lunation index k = 0. */
export const NEW_MOON_EPOCH_JDE = 2451550.09766;

/** ΔT = TT − UT in seconds (polynomials of Espenak & Meeus; rough outside 1900–2150). */
export function deltaTSeconds(year: number): number {
  const u = (year - 1820) / 100;
  if (year < 1900 || year >= 2150) return -20 + 32 * u * u;
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  const t = year - 2000;
  if (year < 2005) {
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

/** Approximate calendar year of a Julian Day, good enough to pick ΔT. */
export function yearOfJulianDay(jd: number): number {
  return 2000 + (jd - 2451545) / 365.25;
}

/** Periodic terms of the true new moon: [coefficient, power of E, multiples of M, M′, F, Ω]. */
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number, number]> = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

/** Planetary arguments A1…A14: [coefficient, A at k = 0, rate per lunation]. */
const PLANETARY_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/** JDE (TT) of the true new moon of lunation `k` (integer; k = 0 is 6 January 2000). */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const mean = NEW_MOON_EPOCH_JDE + SYNODIC_MONTH * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const sunAnomaly = (2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3) * RAD;
  const moonAnomaly = (201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4) * RAD;
  const latitudeArg = (160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4) * RAD;
  const node = (124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3) * RAD;

  let correction = 0;
  for (const [coefficient, ePower, m, mp, f, om] of NEW_MOON_TERMS) {
    const angle = m * sunAnomaly + mp * moonAnomaly + f * latitudeArg + om * node;
    correction += coefficient * e ** ePower * Math.sin(angle);
  }
  const a1Drift = -0.009173 * t ** 2; // only A1 has a quadratic term
  PLANETARY_TERMS.forEach(([coefficient, a0, rate], i) => {
    correction += coefficient * Math.sin((a0 + rate * k + (i === 0 ? a1Drift : 0)) * RAD);
  });
  return mean + correction;
}

/** Julian Day (UT) of the true new moon of lunation `k`. */
export function newMoonJd(k: number): number {
  const jde = newMoonJde(k);
  return jde - deltaTSeconds(yearOfJulianDay(jde)) / 86400;
}

/** Apparent geocentric longitude of the Sun in degrees [0, 360) at Julian Day `jd` (UT). */
export function sunLongitude(jd: number): number {
  const jde = jd + deltaTSeconds(yearOfJulianDay(jd)) / 86400;
  const t = (jde - 2451545) / 36525;
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t ** 2;
  const meanAnomaly = (357.52911 + 35999.05029 * t - 0.0001537 * t ** 2) * RAD;
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t ** 2) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.000289 * Math.sin(3 * meanAnomaly);
  const node = (125.04 - 1934.136 * t) * RAD;
  const apparent = meanLongitude + center - 0.00569 - 0.00478 * Math.sin(node);
  return ((apparent % 360) + 360) % 360;
}
