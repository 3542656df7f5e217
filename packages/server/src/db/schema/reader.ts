import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { now } from "../../clock";
import { bytea } from "./columns";

/** An uploaded notice and the reader's proposal, until a person confirms (→ document, meetings, tasks) or cancels (→ gone). */
export const readerDrafts = pgTable("reader_drafts", {
  id: text("id").primaryKey(),
  filename: text("filename").notNull(),
  kind: text("kind").notNull(),
  bytes: bytea("bytes").notNull(),
  text: text("text").notNull(),
  proposal: jsonb("proposal").notNull(),
  /** how the text was obtained, for the reviewer: legacy encoding converted, OCR and its unreadable pages */
  notices: jsonb("notices").$type<string[]>().notNull().default([]),
  createdBy: text("created_by").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
});
