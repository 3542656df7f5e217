import { emailStatuses, notificationKinds } from "@dondoc/domain";
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { now } from "../../clock";
import { agencies } from "./agencies";
import { users } from "./auth";
import { bytea } from "./columns";
import { documents } from "./documents";

/** A document's full text and uploaded file. */
export const documentFiles = pgTable("document_files", {
  documentId: text("document_id")
    .primaryKey()
    .references(() => documents.id, { onDelete: "cascade" }),
  fullText: text("full_text"),
  filename: text("filename"),
  contentType: text("content_type"),
  bytes: bytea("bytes"),
  sha256: text("sha256"),
});

/** A meeting or site inspection, announced by one document and concluded by another. */
export const meetings = pgTable("meetings", {
  id: text("id").primaryKey(),
  kind: text("kind", { enum: ["meeting", "inspection"] }).notNull(),
  date: date("date").notNull(),
  time: text("time"),
  place: text("place"),
  chairId: text("chair_id").references(() => agencies.id),
  subject: text("subject").notNull(),
  participantIds: text("participant_ids").array().notNull().default([]),
  zoneIds: text("zone_ids").array().notNull().default([]),
  noticeDocumentId: text("notice_document_id").references(() => documents.id),
  conclusionDocumentId: text("conclusion_document_id").references(() => documents.id),
});

/** One assignment of a document: its text, deadline rule, zones and topic. Status is never stored. */
export const tasks = pgTable(
  "tasks",
  {
    id: text("id").primaryKey(),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id),
    meetingId: text("meeting_id").references(() => meetings.id),
    ordinal: integer("ordinal").notNull(),
    subject: text("subject").notNull(),
    summary: text("summary").notNull(),
    sourceQuote: text("source_quote"),
    deadlineText: text("deadline_text"),
    /** the deadline rule {kind, value, before?, inferred?} (domain deadlineRuleSchema) */
    deadline: jsonb("deadline").notNull(),
    /** for "N working days after" rules: the event's date once known */
    eventDate: date("event_date"),
    /** the date the task was given (the document's date), for "as soon as possible" follow-up */
    assignedOn: date("assigned_on").notNull(),
    milestones: jsonb("milestones").notNull().default([]),
    zoneIds: text("zone_ids").array().notNull().default([]),
    /** folded subject and summary (domain taskSearchKey, the zones' searchKey), searched with LIKE under a pg_trgm index */
    textSearch: text("text_search").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [
    index("tasks_document_idx").on(t.documentId),
    index("tasks_text_search_trgm").using("gin", sql`${t.textSearch} gin_trgm_ops`),
    index("tasks_zone_ids_idx").using("gin", t.zoneIds),
  ],
);

/** Lead (chủ trì) and coordinating (phối hợp) agencies; a group not yet resolved keeps only its text. */
export const taskAssignees = pgTable(
  "task_assignees",
  {
    id: serial("id").primaryKey(),
    taskId: text("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["lead", "coordinator"] }).notNull(),
    position: integer("position").notNull(),
    agencyId: text("agency_id").references(() => agencies.id),
    text: text("text").notNull(),
  },
  (t) => [index("task_assignees_task_idx").on(t.taskId), index("task_assignees_agency_idx").on(t.agencyId)],
);

/**
 * What is due: the task itself ("once"), each period of a recurring task, each milestone.
 * Reports, completion and extensions attach to an occurrence.
 */
export const taskOccurrences = pgTable(
  "task_occurrences",
  {
    id: serial("id").primaryKey(),
    taskId: text("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["once", "period", "milestone"] }).notNull(),
    /** "once", "2026-03", "2026-Q1", "milestone-1" */
    period: text("period").notNull(),
    label: text("label").notNull(),
    dueDate: date("due_date"),
    /** the task's deadline kind (`tasks.deadline`, never edited), kept here so that statuses as of a date read no task */
    deadlineKind: text("deadline_kind").notNull(),
  },
  (t) => [
    uniqueIndex("task_occurrences_period_idx").on(t.taskId, t.period),
    index("task_occurrences_due_idx").on(t.dueDate),
    // the next period of each recurring task after a date (`taskLinesAsOf`)
    index("task_occurrences_period_due_idx").on(t.dueDate, t.taskId, t.id).where(sql`${t.kind} = 'period'`),
  ],
);

/** Append-only timeline of an occurrence: progress, submit, confirm, return, extensions, cancel. */
export const taskEvents = pgTable(
  "task_events",
  {
    id: serial("id").primaryKey(),
    occurrenceId: integer("occurrence_id")
      .notNull()
      .references(() => taskOccurrences.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    on: date("on").notNull(),
    text: text("text"),
    percent: integer("percent"),
    completedOn: date("completed_on"),
    newDueDate: date("new_due_date"),
    agencyId: text("agency_id").references(() => agencies.id),
    actorId: text("actor_id").references(() => users.id),
    actorName: text("actor_name").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [
    index("task_events_occurrence_idx").on(t.occurrenceId),
    // what was recorded since a date (the dashboard's "changed since"), counted from the index
    index("task_events_on_idx").on(t.on, t.type),
  ],
);

export const attachments = pgTable("attachments", {
  id: serial("id").primaryKey(),
  eventId: integer("event_id")
    .notNull()
    .references(() => taskEvents.id, { onDelete: "cascade" }),
  filename: text("filename").notNull(),
  contentType: text("content_type").notNull(),
  size: integer("size").notNull(),
  sha256: text("sha256").notNull(),
  bytes: bytea("bytes").notNull(),
});

/**
 * In-app notifications and the reminder ledger: `key` is unique, so each reminder is created, and
 * e-mailed, at most once even when several instances run the scheduler.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: serial("id").primaryKey(),
    key: text("key").notNull(),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    agencyId: text("agency_id").references(() => agencies.id),
    /** what the notification is about: a task occurrence, or an investor's enquiry */
    occurrenceId: integer("occurrence_id").references(() => taskOccurrences.id, { onDelete: "cascade" }),
    enquiryId: integer("enquiry_id"),
    title: text("title").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
    /** pending (the digest's hour, or the job's next run), sent, failed, no-smtp, no-address; null: never e-mailed */
    emailStatus: text("email_status", { enum: emailStatuses }),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("notifications_key_idx").on(t.key), index("notifications_agency_idx").on(t.agencyId, sql`${t.createdAt} desc`)],
);

/**
 * The read model of occurrences (rebuildable from `task_events`, never a second truth): the facts
 * of an occurrence's events in spans of days (domain `occurrenceSpans`), written in the same
 * transaction as each event. An occurrence without events has no span. Statuses as of any date are
 * SQL over these columns (`occurrence-status.ts`).
 */
export const occurrenceSpans = pgTable(
  "occurrence_spans",
  {
    occurrenceId: integer("occurrence_id")
      .notNull()
      .references(() => taskOccurrences.id, { onDelete: "cascade" }),
    validFrom: date("valid_from").notNull(),
    /** exclusive; null while current */
    validTo: date("valid_to"),
    completedOn: date("completed_on"),
    cancelledOn: date("cancelled_on"),
    extensionRequestedOn: date("extension_requested_on"),
    extensionStatus: text("extension_status", { enum: ["requested", "approved", "rejected"] }),
    extensionNewDueDate: date("extension_new_due_date"),
    extensionDecidedOn: date("extension_decided_on"),
    pendingSubmission: boolean("pending_submission").notNull(),
    pendingExtension: boolean("pending_extension").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.occurrenceId, t.validFrom] }),
    index("occurrence_spans_current_idx").on(t.occurrenceId).where(sql`${t.validTo} is null`),
  ],
);

/**
 * Counts kept by the writers (`features/tasks/interval-counts.ts`), derived from the read model only
 * and rebuilt with it. Each task contributes intervals of days to keys of a measure ("lines": a task
 * line's status by its leads; "open-zone-tasks": an open task on zones by its assignees);
 * `count_deltas` adds one on an interval's first day and removes one on the day after its last;
 * `count_base` holds the counts on `count_base_days.day`, so a count on day D reads the base and
 * the deltas between the two days only.
 */
export const countIntervals = pgTable(
  "count_intervals",
  {
    measure: text("measure").notNull(),
    taskId: text("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    /** a second part of the key that readers may filter on (the line's original due month) */
    bucket: text("bucket").notNull(),
    fromDay: date("from_day"),
    /** exclusive */
    toDay: date("to_day"),
  },
  (t) => [index("count_intervals_task_idx").on(t.measure, t.taskId)],
);

export const countDeltas = pgTable(
  "count_deltas",
  {
    measure: text("measure").notNull(),
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    day: date("day").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.measure, t.bucket, t.key, t.day] }), index("count_deltas_day_idx").on(t.measure, t.day)],
);

export const countBase = pgTable(
  "count_base",
  {
    measure: text("measure").notNull(),
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.measure, t.bucket, t.key] })],
);

export const countBaseDays = pgTable("count_base_days", {
  measure: text("measure").primaryKey(),
  day: date("day").notNull(),
});

/**
 * The daily e-mail digests: one row per person and Vietnamese day. The instance whose insert
 * succeeds sends it, so several instances send it once; it holds the reminders created in
 * [windowFrom, windowTo), the next digest starting where this one ended.
 */
export const emailDigests = pgTable(
  "email_digests",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    windowFrom: timestamp("window_from", { withTimezone: true }).notNull(),
    windowTo: timestamp("window_to", { withTimezone: true }).notNull(),
    status: text("status", { enum: ["sending", "sent", "failed", "empty"] }).notNull(),
    items: integer("items").notNull().default(0),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);
