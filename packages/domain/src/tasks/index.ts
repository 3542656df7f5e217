export { type AgencyScorecard, type ScorecardTask, scorecard, type TaskTally, tallyTasks } from "./scorecard";
export { assessmentLabel, taskStatusLabel, taskStatusLabels } from "./status-labels";
export { type ExtensionStatus, extensionStatuses, type TaskFacts, taskFactsSchema } from "./task-facts";
export { assessTask, isDone, type TaskAssessment, type TaskStatus, taskStatus, taskStatuses } from "./task-status";
export * from "./task-events";
