/**
 * The sign-in throttle's schedule (OWASP Authentication Cheat Sheet: progressive delays rather than
 * a lock an outsider can renew). Failures are counted per (account, address) and per address; a try
 * is refused, with the same answer for known and unknown accounts, until the delay since the last
 * counted failure has passed. Refused tries are not counted, so the wait never grows by itself, and a
 * failure streak is forgotten after an hour without failures.
 */
export const signInThrottle = {
  accountAddress: { freeFailures: 5, firstDelaySeconds: 30 },
  address: { freeFailures: 30, firstDelaySeconds: 10 },
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 60 * 60,
} as const;

export type ThrottleScope = "accountAddress" | "address";

/** Seconds to wait after the last counted failure when `failures` are on record: 0, then 30 s, 60 s, … ≤ 15 min. */
export function signInDelaySeconds(scope: ThrottleScope, failures: number): number {
  const { freeFailures, firstDelaySeconds } = signInThrottle[scope];
  if (failures < freeFailures) return 0;
  return Math.min(signInThrottle.maxDelaySeconds, firstDelaySeconds * 2 ** Math.min(failures - freeFailures, 20));
}
