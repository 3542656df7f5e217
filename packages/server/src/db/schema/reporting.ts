import { boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { now } from "../../clock";
import { agencies } from "./agencies";
import { documents } from "./documents";

/**
 * A reporting obligation (chế độ báo cáo) as data: who reports (an agency or a group), to whom, how
 * often, the data cut-off and the deadline rule, what is asked, and its legal basis.
 * Shapes are the domain's (reporting/obligation.ts).
 */
export const reportObligations = pgTable("report_obligations", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  /** {kind: "agency", agencyIds} | {kind: "group", group} */
  reporter: jsonb("reporter").notNull(),
  recipientAgencyId: text("recipient_agency_id")
    .notNull()
    .references(() => agencies.id),
  /** month | quarter | half-year | year */
  frequency: text("frequency").notNull(),
  /** the data cut-off rule (Decree 09/2019) */
  cutoff: jsonb("cutoff").notNull(),
  /** a deadline rule of the follow-up issue */
  deadline: jsonb("deadline").notNull(),
  figures: text("figures").array().notNull().default([]),
  sections: text("sections").array().notNull().default([]),
  legalBasis: text("legal_basis").notNull(),
  sourceDocumentId: text("source_document_id").references(() => documents.id),
  sourcePassage: text("source_passage"),
  startsOn: date("starts_on").notNull(),
  active: boolean("active").notNull().default(true),
});

/** What a reporter sent for one period of an obligation. Append-only; the first submission sets the on-time verdict. */
export const reportSubmissions = pgTable(
  "report_submissions",
  {
    id: serial("id").primaryKey(),
    obligationId: text("obligation_id")
      .notNull()
      .references(() => reportObligations.id, { onDelete: "cascade" }),
    /** "2026-11", "2026-Q4", "2026-H2", "2026" */
    period: text("period").notNull(),
    reporterAgencyId: text("reporter_agency_id")
      .notNull()
      .references(() => agencies.id),
    submittedOn: date("submitted_on").notNull(),
    /** {results, difficulties, causes, proposals} as the obligation asks */
    sections: jsonb("sections").notNull().default({}),
    /** ids of the progress rows entered with this submission, by kind */
    figureRefs: jsonb("figure_refs").notNull().default({}),
    replacesId: integer("replaces_id"),
    submittedBy: text("submitted_by").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [index("report_submissions_period_idx").on(t.obligationId, t.period, t.reporterAgencyId)],
);
