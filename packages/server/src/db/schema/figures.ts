import { date, index, numeric, pgTable, text } from "drizzle-orm/pg-core";
import { adminUnits } from "./admin-units";
import { documents } from "./documents";
import { zones } from "./zones";

/** Dated figures a document states (plan totals, per-district table, snapshots), with provenance. */
export const figures = pgTable(
  "figures",
  {
    id: text("id").primaryKey(),
    metric: text("metric").notNull(),
    scopeId: text("scope_id").references(() => adminUnits.id),
    zoneId: text("zone_id").references(() => zones.id, { onDelete: "cascade" }),
    value: numeric("value", { precision: 18, scale: 4, mode: "number" }).notNull(),
    unit: text("unit").notNull(),
    /** for a source that gives only a period ("2024"), its last day; `asOfPeriod` is what is printed */
    asOf: date("as_of").notNull(),
    asOfPeriod: text("as_of_period"),
    sourceDocumentId: text("source_document_id")
      .notNull()
      .references(() => documents.id),
    sourcePassage: text("source_passage"),
  },
  (t) => [index("figures_metric_idx").on(t.metric, t.asOf)],
);

/** Plan targets (003 §III.2) and how their actual value is computed. */
export const targets = pgTable("targets", {
  id: text("id").primaryKey(),
  text: text("text").notNull(),
  metric: text("metric").notNull(),
  threshold: numeric("threshold", { precision: 8, scale: 4, mode: "number" }),
  byYear: numeric("by_year", { precision: 4, scale: 0, mode: "number" }),
  computation: text("computation").notNull(),
  sourceDocumentId: text("source_document_id")
    .notNull()
    .references(() => documents.id),
  sourcePassage: text("source_passage"),
});
