export { type AgencyItem, readAgencyList } from "./agency-list";
export { type Assignment, readAssignment } from "./assignments";
export { type CleanLine, cleanLines, stripInlineNoise } from "./clean-text";
export { type DeadlinePhrase, findDeadlinePhrases, parseDeadlinePhrase } from "./deadline-phrases";
export { readHeader } from "./header";
export { participantsOf, readMeetings } from "./meetings";
export { toParagraphs } from "./paragraphs";
export { readDocument } from "./read-document";
export { readTasks } from "./read-tasks";
export { buildNameIndex, type NameIndex, resolveName } from "./resolve-names";
export {
  type DuplicateDocument,
  type DuplicateReason,
  mostlySameTasks,
  proposedTaskKey,
  type ReviewedProposal,
  type ReviewedTask,
  reviewedProposalSchema,
  reviewedTaskSchema,
  reviewSummary,
  taskMatchKey,
  undecidedNames,
} from "./review";
export { type Block, toBlocks } from "./sections";
export { readTaskDeadline, type TaskDeadline } from "./task-deadline";
export {
  type DocumentHeader,
  type DocumentProposal,
  documentHeaderSchema,
  documentProposalSchema,
  type Milestone,
  type ProposedMeeting,
  type ProposedTask,
  proposedMeetingSchema,
  proposedTaskSchema,
  type ReaderRegistry,
  type ResolvedName,
  readerRegistrySchema,
  resolvedNameSchema,
} from "./types";
