import { date, doublePrecision, index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { adminUnits } from "./admin-units";
import { documents } from "./documents";
import { zones } from "./zones";

/** Land clearance ledger: append-only; a correction names the entry it replaces (domain progress/land-clearance.ts). */
export const landClearanceEntries = pgTable(
  "land_clearance_entries",
  {
    id: serial("id").primaryKey(),
    zoneId: text("zone_id")
      .notNull()
      .references(() => zones.id, { onDelete: "cascade" }),
    unitId: text("unit_id")
      .notNull()
      .references(() => adminUnits.id),
    reportedOn: date("reported_on").notNull(),
    correctsId: integer("corrects_id"),
    householdsAffected: integer("households_affected"),
    householdsCounted: integer("households_counted"),
    plansApproved: integer("plans_approved"),
    householdsPaid: integer("households_paid"),
    moneyPaidMillionVnd: doublePrecision("money_paid_mvnd"),
    areaRecoveredHa: doublePrecision("area_recovered_ha"),
    areaHandedOverHa: doublePrecision("area_handed_over_ha"),
    gravesMoved: integer("graves_moved"),
    householdsResettled: integer("households_resettled"),
    complaintsOpen: integer("complaints_open"),
    note: text("note"),
    sourceDocumentId: text("source_document_id").references(() => documents.id),
    recordedBy: text("recorded_by").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("land_clearance_zone_idx").on(t.zoneId, t.reportedOn)],
);
