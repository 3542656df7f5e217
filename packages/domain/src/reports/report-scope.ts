import type { TaskLine } from "../tasks/task-view";

/**
 * Which task lines a consolidated report on "khu, cụm công nghiệp" is about, as data:
 * - the tasks of the zones: linked to an industrial zone or cluster, or from a document about them
 *   (one that is the source of a zone's figures or of the plan's rows: 000, 003) — not a border
 *   economic zone committee's internal tasks (004) nor another plan's (001);
 * - not the report itself: the occurrence of the report's own duty (Sở Công Thương's monthly report,
 *   000) for this period, nor any later one;
 * - no occurrence of a recurring task due after the report's own due date (a later period).
 */
export interface ReportScope {
  /** the industrial zones and clusters (KCN, CCN) the report covers */
  zoneIds: ReadonlySet<string>;
  /** documents about them */
  documentIds: ReadonlySet<string>;
  /** the tasks that are this report's own duty (their occurrences are the reports themselves) */
  ownDutyTaskIds: ReadonlySet<string>;
  /** the report's own due date: occurrences due later belong to later reports */
  dueDate: string;
}

export function isInReportScope(line: Pick<TaskLine, "taskId" | "zoneIds" | "document" | "occurrence">, scope: ReportScope): boolean {
  const about = line.zoneIds.some((z) => scope.zoneIds.has(z)) || scope.documentIds.has(line.document.id);
  if (!about) return false;
  const due = line.occurrence.dueDate;
  if (line.occurrence.kind === "period" && due !== null && due > scope.dueDate) return false;
  if (scope.ownDutyTaskIds.has(line.taskId) && line.occurrence.kind === "period" && due !== null && due >= scope.dueDate) return false;
  return true;
}

/** How a report states its scope, in its opening paragraph. */
export const REPORT_SCOPE_TEXT =
  "Phạm vi: các nhiệm vụ gắn với khu công nghiệp, cụm công nghiệp hoặc giao tại văn bản về khu, cụm công nghiệp; không gồm nhiệm vụ nội bộ của các cơ quan và kỳ báo cáo này.";
