import { z } from "zod";
import { deadlineRuleSchema } from "../deadlines/deadline-rule";

/**
 * What the document reader works with and what it proposes. The proposal has the JSON shape of
 * `shared/fixtures/seed-tasks/*.json` (without `source`), plus what each name resolved to.
 * A person reviews and confirms it before anything is saved.
 */

export const readerRegistrySchema = z.object({
  agencies: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      kind: z.string(),
      aliases: z.array(z.string()),
    }),
  ),
  zones: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      kind: z.string(),
      aliases: z.array(z.string()),
      investorAgencyId: z.string().nullable(),
    }),
  ),
});
export type ReaderRegistry = z.infer<typeof readerRegistrySchema>;

/** A name as written (`text`) and the registry agency it stands for. */
export const resolvedNameSchema = z.object({
  text: z.string(),
  agencyId: z.string(),
  name: z.string(),
});
export type ResolvedName = z.infer<typeof resolvedNameSchema>;

export const milestoneSchema = z.object({
  what: z.string(),
  deadlineText: z.string(),
  deadline: deadlineRuleSchema,
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const proposedMeetingSchema = z.object({
  kind: z.enum(["meeting", "inspection"]),
  date: z.string().nullable(),
  time: z.string().optional(),
  place: z.string().optional(),
  chair: z.string().nullable(),
  subject: z.string().optional(),
  /** Zones on the agenda, by registry name. */
  subjects: z.array(z.string()).optional(),
  participants: z.array(z.string()),
});
export type ProposedMeeting = z.infer<typeof proposedMeetingSchema>;

export const proposedTaskSchema = z.object({
  lead: z.array(z.string()),
  coordinators: z.array(z.string()),
  subject: z.string().nullable(),
  summary: z.string(),
  deadlineText: z.string().nullable(),
  deadline: deadlineRuleSchema,
  milestones: z.array(milestoneSchema).optional(),
  sourceQuote: z.string(),
  leadResolved: z.array(resolvedNameSchema.nullable()),
  coordinatorsResolved: z.array(resolvedNameSchema.nullable()),
});
export type ProposedTask = z.infer<typeof proposedTaskSchema>;

export const documentHeaderSchema = z.object({
  /** From the number's symbol or the title line: "TB", "QĐ", "KH", … */
  docType: z.string().nullable(),
  /** "609/QĐ-UBND"; null when a draft leaves it blank ("Số: /TB-UBND"). */
  number: z.string().nullable(),
  /** "2025-03-10", or "2026-06" when the day is blank, or null. */
  issuedOn: z.string().nullable(),
  issuer: z.string().nullable(),
  signer: z.string().nullable(),
  /** "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG" */
  signerAuthority: z.string().nullable(),
  title: z.string().nullable(),
});
export type DocumentHeader = z.infer<typeof documentHeaderSchema>;

export const documentProposalSchema = documentHeaderSchema.extend({
  meetings: z.array(proposedMeetingSchema),
  tasks: z.array(proposedTaskSchema),
});
export type DocumentProposal = z.infer<typeof documentProposalSchema>;
