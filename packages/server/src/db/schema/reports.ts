import { date, integer, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { now } from "../../clock";
import { agencies } from "./agencies";
import { taskEvents, taskOccurrences } from "./follow-up";

/**
 * A consolidated report as issued (phát hành): its number, date and signer (a person of the
 * registry), the occurrence of its own duty it completes and the event that records it (the .docx
 * is that event's attachment). One issue per report and period.
 */
export const reportIssues = pgTable(
  "report_issues",
  {
    id: serial("id").primaryKey(),
    kind: text("kind", { enum: ["monthly", "annual"] }).notNull(),
    /** "2026-11", "2026" */
    period: text("period").notNull(),
    number: integer("number").notNull(),
    issuedOn: date("issued_on").notNull(),
    signerId: text("signer_id")
      .notNull()
      .references(() => agencies.id),
    /** the data's last day the report was computed as of */
    dataAsOf: date("data_as_of").notNull(),
    occurrenceId: integer("occurrence_id").references(() => taskOccurrences.id),
    eventId: integer("event_id").references(() => taskEvents.id),
    issuedBy: text("issued_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [uniqueIndex("report_issues_period_idx").on(t.kind, t.period)],
);
