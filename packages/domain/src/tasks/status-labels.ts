import type { TaskAssessment, TaskStatus } from "./task-status";

/** Vietnamese labels, in the words of the Government Office's reports (LEGAL-NOTES §5.2). */
export const taskStatusLabels: Readonly<Record<TaskStatus, string>> = {
  "in-progress": "Đang thực hiện, trong hạn",
  overdue: "Quá hạn",
  "done-on-time": "Hoàn thành đúng hạn",
  "done-late": "Hoàn thành quá hạn",
  continuous: "Thường xuyên, không có thời hạn",
  "extension-requested": "Đề nghị gia hạn",
  extended: "Đã gia hạn, trong hạn",
  cancelled: "Đã hủy",
};

export function taskStatusLabel(status: TaskStatus): string {
  return taskStatusLabels[status];
}

/** The label with the extension flag: "Hoàn thành đúng hạn (đã gia hạn)", "Quá hạn 12 ngày". */
export function assessmentLabel(assessment: TaskAssessment): string {
  const base = taskStatusLabels[assessment.status];
  const late = assessment.status === "overdue" && assessment.daysLate > 0 ? ` ${assessment.daysLate} ngày` : "";
  const flag = assessment.extended && assessment.status !== "extended" ? " (đã gia hạn)" : "";
  return `${base}${late}${flag}`;
}
