import type { IsoDate } from "../calendar/iso-date";
import { factsFromEvents, pendingExtension, pendingSubmission, type TaskEvent } from "./task-events";

/**
 * The stored read model of an occurrence: the facts its events give, in spans of days. Facts as of
 * a day D come from the events dated on or before D, so they change only on the days events are
 * dated; a span holds from `validFrom` (an event's day) until the next day the facts change
 * (`validTo`, exclusive; null = still current). Before the first span, the occurrence has no
 * event. Its status as of D is then `assessTask` of the span's facts at D — which the server
 * writes as SQL over these columns and a property test checks against `assessTask(factsFromEvents)`.
 */
export interface OccurrenceSpan {
  validFrom: IsoDate;
  validTo: IsoDate | null;
  completedOn: IsoDate | null;
  cancelledOn: IsoDate | null;
  extensionRequestedOn: IsoDate | null;
  extensionStatus: "requested" | "approved" | "rejected" | null;
  extensionNewDueDate: IsoDate | null;
  extensionDecidedOn: IsoDate | null;
  pendingSubmission: boolean;
  pendingExtension: boolean;
}

type SpanFacts = Omit<OccurrenceSpan, "validFrom" | "validTo">;

const sameFacts = (a: SpanFacts, b: SpanFacts) =>
  a.completedOn === b.completedOn &&
  a.cancelledOn === b.cancelledOn &&
  a.extensionRequestedOn === b.extensionRequestedOn &&
  a.extensionStatus === b.extensionStatus &&
  a.extensionNewDueDate === b.extensionNewDueDate &&
  a.extensionDecidedOn === b.extensionDecidedOn &&
  a.pendingSubmission === b.pendingSubmission &&
  a.pendingExtension === b.pendingExtension;

/** The spans of one occurrence's events (in the order they were recorded). */
export function occurrenceSpans(events: readonly TaskEvent[]): OccurrenceSpan[] {
  const days = [...new Set(events.map((e) => e.on))].sort();
  const spans: OccurrenceSpan[] = [];
  for (const day of days) {
    const known = events.filter((e) => e.on <= day);
    // due date and kind do not change the facts derived from events
    const facts = factsFromEvents(null, "none", known);
    const span: SpanFacts = {
      completedOn: facts.completedOn,
      cancelledOn: facts.cancelledOn ?? null,
      extensionRequestedOn: facts.extension?.requestedOn ?? null,
      extensionStatus: facts.extension?.status ?? null,
      extensionNewDueDate: facts.extension?.newDueDate ?? null,
      extensionDecidedOn: facts.extension?.decidedOn ?? null,
      pendingSubmission: pendingSubmission(known),
      pendingExtension: pendingExtension(known),
    };
    const last = spans.at(-1);
    if (last && sameFacts(last, span)) continue;
    if (last) last.validTo = day;
    spans.push({ validFrom: day, validTo: null, ...span });
  }
  return spans;
}
