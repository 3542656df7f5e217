import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date-schema";
import { deadlineKinds } from "../deadlines/deadline-rule";

export const extensionStatuses = ["requested", "approved", "rejected"] as const;
export type ExtensionStatus = (typeof extensionStatuses)[number];

/**
 * The facts a task's status is computed from; the status itself is never stored. Dates are civil
 * dates in Asia/Ho_Chi_Minh. Facts dated after `now` are ignored, so a status can be recomputed
 * "as of" any past date.
 */
export const taskFactsSchema = z.object({
  /** The original deadline (of the task, a milestone or one occurrence of a recurring task). */
  dueDate: isoDateSchema.nullable(),
  kind: z.enum(deadlineKinds),
  /** Date of the output document of the confirmed completion (not when it was entered). */
  completedOn: isoDateSchema.nullable(),
  cancelled: z.boolean(),
  /** When known, the cancellation applies from this date only. */
  cancelledOn: isoDateSchema.nullable().optional(),
  extension: z
    .object({
      requestedOn: isoDateSchema,
      status: z.enum(extensionStatuses),
      newDueDate: isoDateSchema,
      /** When known, the approval or rejection applies from this date only. */
      decidedOn: isoDateSchema.nullable().optional(),
    })
    .nullable(),
});
export type TaskFacts = z.infer<typeof taskFactsSchema>;
