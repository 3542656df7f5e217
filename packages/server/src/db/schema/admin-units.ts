import { boolean, date, index, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { documents } from "./documents";

/**
 * Administrative units with validity dates: the province, the 11 former district-level units and
 * their communes (until 30/6/2025), and the 65 communes and wards in force from 1/7/2025.
 */
export const adminUnits = pgTable(
  "admin_units",
  {
    id: text("id").primaryKey(),
    /** official code where the source gives one (the 65 units of 2025) */
    code: text("code"),
    name: text("name").notNull(),
    nameSearch: text("name_search").notNull(),
    level: text("level", { enum: ["province", "district", "city", "commune", "ward", "town"] }).notNull(),
    parentId: text("parent_id"),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    /** for a 2025 unit: the former district-level units its predecessors belonged to */
    formerDistrictIds: text("former_district_ids").array().notNull().default([]),
    /** "transcribed" (from the public transcription), "confirmed" (against NQ 1672), "unverified" (partial split) */
    status: text("status", { enum: ["transcribed", "confirmed", "unverified"] })
      .notNull()
      .default("transcribed"),
    note: text("note"),
    sourceDocumentId: text("source_document_id").references(() => documents.id),
    sourcePassage: text("source_passage"),
  },
  (t) => [index("admin_units_level_idx").on(t.level), uniqueIndex("admin_units_code_idx").on(t.code)],
);

/** Old unit → new unit. `partial` when only part of the old unit went to the new one. */
export const unitSuccessions = pgTable(
  "unit_successions",
  {
    fromId: text("from_id")
      .notNull()
      .references(() => adminUnits.id),
    toId: text("to_id")
      .notNull()
      .references(() => adminUnits.id),
    partial: boolean("partial").notNull().default(false),
    effectiveOn: date("effective_on").notNull(),
    sourceDocumentId: text("source_document_id").references(() => documents.id),
    sourcePassage: text("source_passage"),
  },
  (t) => [primaryKey({ columns: [t.fromId, t.toId] }), index("unit_successions_to_idx").on(t.toId)],
);

export type AdminUnitRow = typeof adminUnits.$inferSelect;
