import type { TaskLine } from "@dondoc/domain";

/**
 * The occurrence a task page opens on: the one asked for in the address, else the oldest one that
 * still needs something (overdue, waiting for the office, in progress), else the last one.
 */
export function defaultOccurrence(lines: readonly TaskLine[], requested: number | null): TaskLine | undefined {
  const asked = requested === null ? undefined : lines.find((l) => l.occurrenceId === requested);
  if (asked) return asked;
  const open = lines.find((l) => l.status === "overdue" || l.pendingSubmission || l.pendingExtension || l.status === "extension-requested");
  return open ?? lines.find((l) => l.status === "in-progress" || l.status === "extended") ?? lines.at(-1);
}
