import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { now } from "../../clock";
import { adminUnits } from "./admin-units";
import { agencies } from "./agencies";
import { documents } from "./documents";

const ha = (name: string) => numeric(name, { precision: 12, scale: 2, mode: "number" });

/** The current state of each zone. Every change is also a row of zone_facts (history, provenance). */
export const zones = pgTable(
  "zones",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: ["CCN", "KCN", "KKT"] }).notNull(),
    name: text("name").notNull(),
    aliases: text("aliases").array().notNull().default([]),
    /** folded name and aliases (foldVi), searched with LIKE under a pg_trgm index */
    nameSearch: text("name_search").notNull(),
    stage: text("stage").notNull(),
    phase: text("phase"),
    fundingSource: text("funding_source"),
    formerDistrictId: text("former_district_id").references(() => adminUnits.id),
    areaHa: ha("area_ha"),
    industrialLandHa: ha("industrial_land_ha"),
    leasedLandHa: ha("leased_land_ha"),
    totalInvestmentMillionVnd: numeric("total_investment_mvnd", { precision: 16, scale: 2, mode: "number" }),
    investorId: text("investor_id").references(() => agencies.id),
    decisionNumber: text("decision_number"),
    decisionDate: date("decision_date"),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    note: text("note"),
    /** shown on the public portal (decided by Sở Công Thương or an admin) */
    published: boolean("published").notNull().default(false),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** industries welcomed, rental price and fees as published, the investor's contact: public when the zone is */
    industries: text("industries").array().notNull().default([]),
    rentalPrice: text("rental_price"),
    contact: text("contact"),
    /** central wastewater plant: none | building | operating (domain zone-vocabulary) */
    wastewaterStatus: text("wastewater_status"),
    wastewaterCapacityM3: numeric("wastewater_capacity_m3", { precision: 12, scale: 2, mode: "number" }),
    wastewaterMonitoring: boolean("wastewater_monitoring"),
    /** fire safety system: none | building | accepted */
    fireSafetyStatus: text("fire_safety_status"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [index("zones_kind_idx").on(t.kind), index("zones_name_search_trgm").using("gin", sql`${t.nameSearch} gin_trgm_ops`)],
);

/** Where a zone lies in the 2025 communes, and how that was established. */
export const zoneUnits = pgTable(
  "zone_units",
  {
    zoneId: text("zone_id")
      .notNull()
      .references(() => zones.id, { onDelete: "cascade" }),
    unitId: text("unit_id")
      .notNull()
      .references(() => adminUnits.id),
    basis: text("basis", { enum: ["document", "name", "inferred", "user"] }).notNull(),
    passage: text("passage"),
  },
  (t) => [primaryKey({ columns: [t.zoneId, t.unitId] }), index("zone_units_unit_idx").on(t.unitId)],
);

/** Append-only history of each zone field: value, as-of date, source. The latest row of a field is its provenance. */
export const zoneFacts = pgTable(
  "zone_facts",
  {
    id: serial("id").primaryKey(),
    zoneId: text("zone_id")
      .notNull()
      .references(() => zones.id, { onDelete: "cascade" }),
    field: text("field").notNull(),
    value: jsonb("value"),
    asOf: date("as_of"),
    sourceDocumentId: text("source_document_id").references(() => documents.id),
    sourcePassage: text("source_passage"),
    /** "seed", or the user who made the change */
    recordedBy: text("recorded_by").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  // a zone's facts, and the latest of a field by a cut-off (one look-up per zone and field)
  (t) => [index("zone_facts_latest_idx").on(t.zoneId, t.field, t.recordedAt, t.id)],
);

/** Rows of a plan's tables (003) that name a zone: established, new, expansion. */
export const planEntries = pgTable(
  "plan_entries",
  {
    id: serial("id").primaryKey(),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id),
    tableCode: text("table_code").notNull(),
    rowNo: integer("row_no").notNull(),
    zoneId: text("zone_id")
      .notNull()
      .references(() => zones.id, { onDelete: "cascade" }),
    entryKind: text("entry_kind", { enum: ["operating", "established", "new", "expansion"] }).notNull(),
    phase: text("phase"),
    areaHa: ha("area_ha").notNull(),
    investmentMillionVnd: numeric("investment_mvnd", { precision: 16, scale: 2, mode: "number" }),
    fundingSource: text("funding_source"),
  },
  (t) => [index("plan_entries_zone_idx").on(t.zoneId)],
);

export type ZoneRow = typeof zones.$inferSelect;
