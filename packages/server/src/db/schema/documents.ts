import { pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { now } from "../../clock";

/** Source documents: the seeds now; uploaded notices and decisions later. */
export const documents = pgTable("documents", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  number: text("number"),
  /** as precise as the document: "2025-03-10", "2026-06" or null */
  issuedOn: text("issued_on"),
  issuer: text("issuer").notNull(),
  signer: text("signer"),
  title: text("title").notNull(),
  file: text("file"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
});
