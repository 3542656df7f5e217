import type { AgencyScorecardRow, DeadlineRule, ScorecardsResponse, TaskEventType, TaskLine, TaskStatus } from "@dondoc/domain";
import { apiFetch, apiUrl } from "./http";

/** Filters of GET /api/tasks and /api/tasks.xlsx. */
export interface TaskQuery {
  asOf?: string;
  status?: TaskStatus;
  agency?: string;
  document?: string;
  zone?: string;
  due?: "due-soon" | "overdue";
  days?: number;
  /** free text, accent-insensitive */
  q?: string;
}

export interface TaskAttachment {
  id: number;
  filename: string;
  size: number;
  contentType: string;
}

export interface TimelineEvent {
  id: number;
  occurrenceId: number;
  type: TaskEventType;
  label: string;
  on: string;
  text: string | null;
  percent: number | null;
  completedOn: string | null;
  newDueDate: string | null;
  agencyId: string | null;
  actorName: string;
  at: string;
  attachments: TaskAttachment[];
}

export interface TaskDetail extends TaskLine {
  sourceQuote: string | null;
  milestones: { what: string; deadline: DeadlineRule }[];
  occurrences: TaskLine[];
  timeline: TimelineEvent[];
}

export interface TaskEventForm {
  type: TaskEventType;
  text?: string;
  percent?: number | null;
  completedOn?: string | null;
  newDueDate?: string | null;
  files?: File[];
}

/** A row of GET /api/scorecards: a body's tasks and report submissions, apart (the domain's type). */
export type Scorecard = AgencyScorecardRow;

export const taskKeys = {
  all: ["tasks"] as const,
  list: (query: TaskQuery) => ["tasks", "list", query] as const,
  detail: (id: string) => ["tasks", "detail", id] as const,
  scorecards: (period: { from: string; to: string; asOf?: string }) => ["tasks", "scorecards", period] as const,
};

export function listTasks(query: TaskQuery, signal?: AbortSignal) {
  return apiFetch<{ items: TaskLine[]; total: number }>(apiUrl("/api/tasks", { ...query }), { signal });
}

/** The same list as an Excel workbook (a plain link: the browser downloads it with the session cookie). */
export function taskExportUrl(query: TaskQuery): string {
  return apiUrl("/api/tasks.xlsx", { ...query });
}

export function getTask(id: string, signal?: AbortSignal) {
  return apiFetch<TaskDetail>(`/api/tasks/${encodeURIComponent(id)}`, { signal });
}

/** A report or decision on one occurrence, as multipart/form-data (files travel beside the fields). */
export function recordTaskEvent(occurrenceId: number, form: TaskEventForm) {
  const body = new FormData();
  body.set("type", form.type);
  if (form.text?.trim()) body.set("text", form.text.trim());
  if (form.percent !== undefined && form.percent !== null) body.set("percent", String(form.percent));
  if (form.completedOn) body.set("completedOn", form.completedOn);
  if (form.newDueDate) body.set("newDueDate", form.newDueDate);
  for (const file of form.files ?? []) body.append("files", file, file.name);
  return apiFetch<{ eventId: number; task: TaskDetail }>(`/api/occurrences/${occurrenceId}/events`, { method: "POST", body });
}

export function attachmentUrl(id: number): string {
  return `/api/attachments/${id}`;
}

export function listScorecards(period: { from: string; to: string; asOf?: string }, signal?: AbortSignal) {
  return apiFetch<ScorecardsResponse>(apiUrl("/api/scorecards", period), { signal });
}

/** GET /api/scorecards.xlsx: the same scorecards as a workbook. */
export function scorecardsXlsxUrl(period: { from: string; to: string }): string {
  return apiUrl("/api/scorecards.xlsx", period);
}
