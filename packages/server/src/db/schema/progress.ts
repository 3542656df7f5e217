import { date, doublePrecision, index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { now } from "../../clock";
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
    /**
     * The day the figures are as of; for a source that gives only a period (002, an undated 2024
     * article: "2024"), the period's last day, so that no report dated earlier counts a figure that may
     * not exist yet, and `reportedPeriod` is what is printed.
     */
    reportedOn: date("reported_on").notNull(),
    reportedPeriod: text("reported_period"),
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
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [index("land_clearance_zone_idx").on(t.zoneId, t.reportedOn)],
);

/**
 * A tenant project (dự án thứ cấp) in a zone: its identity. What it reports (status, area, capital,
 * jobs) is appended to tenant_project_reports, so occupancy can be asked as of any date.
 */
export const tenantProjects = pgTable(
  "tenant_projects",
  {
    id: serial("id").primaryKey(),
    zoneId: text("zone_id")
      .notNull()
      .references(() => zones.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    investorName: text("investor_name").notNull(),
    recordedBy: text("recorded_by").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [index("tenant_projects_zone_idx").on(t.zoneId)],
);

/** Append-only reports of a tenant project: the figures reached by `reportedOn`; a correction names the row it replaces. */
export const tenantProjectReports = pgTable(
  "tenant_project_reports",
  {
    id: serial("id").primaryKey(),
    projectId: integer("project_id")
      .notNull()
      .references(() => tenantProjects.id, { onDelete: "cascade" }),
    reportedOn: date("reported_on").notNull(),
    correctsId: integer("corrects_id"),
    /** domain progress/tenant-projects.ts tenantProjectStatuses */
    status: text("status").notNull(),
    areaHa: doublePrecision("area_ha"),
    registeredCapitalMillionVnd: doublePrecision("registered_capital_mvnd"),
    disbursedCapitalMillionVnd: doublePrecision("disbursed_capital_mvnd"),
    jobs: integer("jobs"),
    note: text("note"),
    sourceDocumentId: text("source_document_id").references(() => documents.id),
    sourcePassage: text("source_passage"),
    recordedBy: text("recorded_by").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [index("tenant_project_reports_project_idx").on(t.projectId, t.reportedOn)],
);

/**
 * Milestones of a zone or of a tenant project, planned and actual, as reported on a date. Append-only:
 * the milestone's state as of a day is its latest row reported by then. Lateness is computed.
 */
export const milestoneFacts = pgTable(
  "milestone_facts",
  {
    id: serial("id").primaryKey(),
    zoneId: text("zone_id")
      .notNull()
      .references(() => zones.id, { onDelete: "cascade" }),
    projectId: integer("project_id").references(() => tenantProjects.id, { onDelete: "cascade" }),
    /** domain progress/milestones.ts milestoneKinds */
    milestone: text("milestone").notNull(),
    plannedOn: date("planned_on"),
    actualOn: date("actual_on"),
    reportedOn: date("reported_on").notNull(),
    note: text("note"),
    sourceDocumentId: text("source_document_id").references(() => documents.id),
    sourcePassage: text("source_passage"),
    recordedBy: text("recorded_by").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [index("milestone_facts_zone_idx").on(t.zoneId, t.milestone)],
);
