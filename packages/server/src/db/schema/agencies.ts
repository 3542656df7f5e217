import { date, index, pgTable, text } from "drizzle-orm/pg-core";
import { adminUnits } from "./admin-units";
import { documents } from "./documents";

/** Agencies, companies, consortia and named leaders, with the aliases documents use for them. */
export const agencies = pgTable(
  "agencies",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    shortName: text("short_name"),
    aliases: text("aliases").array().notNull().default([]),
    /** folded name, short name and aliases, for accent-insensitive search */
    nameSearch: text("name_search").notNull(),
    /** organisational parent; for a company, the consortium it belongs to */
    parentId: text("parent_id"),
    /** a commune committee's commune */
    unitId: text("unit_id").references(() => adminUnits.id),
    /** a person's position */
    title: text("title"),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    successorId: text("successor_id"),
    /** zone kinds this agency maintains in the registry (Sở Công Thương: CCN) */
    registryKinds: text("registry_kinds").array().notNull().default([]),
    sourceDocumentId: text("source_document_id").references(() => documents.id),
    sourcePassage: text("source_passage"),
  },
  (t) => [index("agencies_kind_idx").on(t.kind)],
);
export type AgencyRow = typeof agencies.$inferSelect;
