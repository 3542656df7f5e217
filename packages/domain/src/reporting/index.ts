export { canSeePeriodSubmissions, canSubmitReport, submissionsVisibleTo } from "./access";
export {
  DEPARTMENT_KINDS,
  type RegistrySnapshot,
  resolveReporterGroup,
  resolveReporters,
} from "./groups";
export {
  type CutoffRule,
  cutoffRuleSchema,
  frequencyLabels,
  type Obligation,
  obligationDeadlineKinds,
  obligationSchema,
  type Reporter,
  type ReporterGroup,
  type ReportFigure,
  type ReportingFrequency,
  type ReportSection,
  reporterGroupLabels,
  reporterGroups,
  reporterSchema,
  reportFigureLabels,
  reportFigures,
  reportingFrequencies,
  reportSectionLabels,
  reportSections,
} from "./obligation";
export {
  cutoffRangeOf,
  dueDateAfterCutoff,
  isObligationPeriod,
  type ObligationPeriod,
  obligationPeriod,
  obligationPeriods,
  parsePeriodKey,
  periodContaining,
  periodKey,
  periodLabelVi,
  slotContaining,
} from "./periods";
export {
  daysToDue,
  type SubmissionStatus,
  submissionFacts,
  submissionStatus,
  submissionStatuses,
  submissionStatusLabels,
} from "./status";
export { checkSubmission, type SubmissionInput, submissionInput } from "./submission";
