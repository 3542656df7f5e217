export * from "./accountable-body";
export { allowedTaskEvents, type OccurrenceState } from "./allowed-task-events";
export * from "./lapsed";
export { type LineFacts, type LineInterval, lineIntervals, openIntervals } from "./line-intervals";
export { type OccurrenceSpan, occurrenceSpans } from "./occurrence-spans";
export { type PlannableTask, type PlannedOccurrence, plannedOccurrences } from "./planned-occurrences";
export * from "./reminders";
export {
  type AgencyScorecard,
  type AgencyScorecardRow,
  emptyTally,
  type ScorecardsResponse,
  type ScorecardTask,
  type StatusCount,
  scorecard,
  type TaskTally,
  tallyStatuses,
  tallyTasks,
} from "./scorecard";
export { assessmentLabel, taskStatusLabel, taskStatusLabels } from "./status-labels";
export * from "./task-event-input";
export * from "./task-events";
export { type ExtensionStatus, extensionStatuses, type TaskFacts, taskFactsSchema } from "./task-facts";
export { taskSearchKey } from "./task-search";
export { assessTask, isDone, type TaskAssessment, type TaskStatus, taskStatus, taskStatuses } from "./task-status";
export * from "./task-view";
