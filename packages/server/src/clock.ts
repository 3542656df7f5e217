import { type IsoDate, vietnamDateOf } from "@dondoc/domain";

/**
 * The server's one clock: every action, job, report and route asks here for "now" and for the
 * Vietnamese day, and nothing else in the server reads the wall clock (a test greps for it).
 * Tests set it so that their answers do not depend on the day they run; it ticks on from there.
 */
let offsetMs = 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

/** Today's civil date in Vietnam (Asia/Ho_Chi_Minh), the `today` every rule is given. */
export function today(): IsoDate {
  return vietnamDateOf(now());
}

/** Moves the clock to `at` (an instant or an ISO string); it keeps ticking from there. */
export function setClock(at: Date | string): void {
  offsetMs = new Date(at).getTime() - Date.now();
}

export function resetClock(): void {
  offsetMs = 0;
}
