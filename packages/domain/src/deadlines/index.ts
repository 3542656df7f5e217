export { type DeadlineKind, type DeadlineRule, deadlineKinds, deadlineRuleSchema } from "./deadline-rule";
export { describeRule } from "./describe-rule";
export { type DeadlineContext, dueDate } from "./due-date";
export { DEFAULT_ASAP_FOLLOW_UP_DAYS, followUpDate } from "./follow-up";
export {
  finalDueDate,
  type Milestone,
  milestoneSchema,
  nextMilestone,
  type ScheduledMilestone,
  scheduleOf,
} from "./milestones";
export {
  dayOfMonthDue,
  isRecurring,
  nextOccurrence,
  type Occurrence,
  occurrenceContaining,
  occurrences,
  type RecurringRule,
} from "./occurrences";
