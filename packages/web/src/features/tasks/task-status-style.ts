import type { TaskLine, TaskStatus } from "@dondoc/domain";
import type { I18n } from "../../i18n/i18n-context";

/** One antd tag colour per status: red overdue, green done on time, gold done late, blue in progress. */
export const taskStatusColors: Record<TaskStatus, string> = {
  "in-progress": "processing",
  overdue: "error",
  "done-on-time": "success",
  "done-late": "warning",
  continuous: "default",
  "extension-requested": "purple",
  extended: "cyan",
  cancelled: "default",
};

/** The same colours as hex, for the SVG chart and the calendar's dots. */
export const taskStatusHex: Record<TaskStatus, string> = {
  "in-progress": "#1677ff",
  overdue: "#cf1322",
  "done-on-time": "#389e0d",
  "done-late": "#d48806",
  continuous: "#8c8c8c",
  "extension-requested": "#722ed1",
  extended: "#08979c",
  cancelled: "#bfbfbf",
};

/**
 * The status as a person reads it. In Vietnamese the server's words ("Quá hạn 12 ngày", the
 * Government Office's terms); in English the catalogue's, with the same days and extension flag.
 */
export function statusText(
  line: Pick<TaskLine, "status" | "statusLabel" | "daysLate" | "extended">,
  i18n: Pick<I18n, "lang" | "t">,
): string {
  if (i18n.lang === "vi") return line.statusLabel;
  const base = i18n.t(`task.status.${line.status}`);
  const late = line.status === "overdue" && line.daysLate > 0 ? ` ${i18n.t("task.daysLate", { days: line.daysLate })}` : "";
  const flag = line.extended && line.status !== "extended" ? ` ${i18n.t("task.extendedFlag")}` : "";
  return `${base}${late}${flag}`;
}

/** Names of the lead (or coordinating) agencies: the registry's name, or the words of the document when unresolved. */
export function assigneeNames(people: TaskLine["leads"]): string {
  return people.map((p) => p.name ?? p.text).join("; ");
}
