export { type OccurrenceSpan, occurrenceSpans } from "./occurrence-spans";
export * from "./reminders";
export { type AgencyScorecard, type ScorecardTask, scorecard, type TaskTally, tallyTasks } from "./scorecard";
export { assessmentLabel, taskStatusLabel, taskStatusLabels } from "./status-labels";
export * from "./task-event-input";
export * from "./task-events";
export { type ExtensionStatus, extensionStatuses, type TaskFacts, taskFactsSchema } from "./task-facts";
export { assessTask, isDone, type TaskAssessment, type TaskStatus, taskStatus, taskStatuses } from "./task-status";
export * from "./task-view";
