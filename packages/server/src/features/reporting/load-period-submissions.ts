import {
  compareVi,
  frequencyLabels,
  type IsoDate,
  type ObligationPeriod,
  obligationDeadlineText,
  type ReportFigure,
  type ReportingFrequency,
  type ReportSection,
  reasonText,
  reportSections,
  type SubmissionStatus,
  submissionStatus,
  submissionStatuses,
} from "@dondoc/domain";
import type { Db } from "../../db/client";
import { periodOf, type ReporterResolver, readObligation, readSubmissionStates, reporterResolver, stateKey } from "./obligations";

export interface PeriodReporter {
  agencyId: string;
  agencyName: string;
  /** false for an agency that submitted although it is no longer (or not) in the expected list */
  expected: boolean;
  /** why it was asked ("chủ trì 2 nhiệm vụ còn mở về CCN Hòa Sơn 1; có CCN Hòa Sơn 1 trên địa bàn"); null when not asked */
  reason: string | null;
  status: SubmissionStatus;
  /** date of the first submission (the one judged on time or late); null when none by asOf */
  submittedOn: IsoDate | null;
  submittedBy: string | null;
  /** the latest submission's text, per section asked */
  sections: Partial<Record<ReportSection, string>>;
  /** ids of the progress rows entered with the latest submission, by kind ("land-clearance": [12, 13]) */
  figureRefs: Record<string, number[]>;
  /** how many submissions (the first and its replacements) by asOf */
  submissionCount: number;
  latestSubmissionId: number | null;
}

export interface PeriodSubmissions {
  obligation: {
    id: string;
    title: string;
    recipientAgencyId: string;
    recipientName: string;
    frequency: ReportingFrequency;
    frequencyLabel: string;
    deadlineText: string;
    deadlineInferred: string | null;
    figures: ReportFigure[];
    sections: ReportSection[];
    legalBasis: string;
  };
  period: ObligationPeriod;
  asOf: IsoDate;
  reporters: PeriodReporter[];
  counts: Record<SubmissionStatus, number>;
}

/**
 * The consolidator's view of one period as of `asOf`: every expected reporter with its status and
 * what it wrote. Reproducible: only submissions recorded by the end of `asOf` (Vietnam time) and
 * dated on or before it count, so the answer for a past date never changes.
 * Throws AppError not_found for an unknown obligation or period. No permission check (callers do it).
 * A caller reading several periods as of one day passes one `resolver` (the registry read once, the
 * open tasks on zones once per date).
 */
export async function loadPeriodSubmissions(
  db: Db,
  obligationId: string,
  period: string,
  asOf: string,
  resolver?: ReporterResolver,
): Promise<PeriodSubmissions> {
  const obligation = await readObligation(db, obligationId);
  const p = periodOf(obligation, period);
  resolver ??= await reporterResolver(db, asOf);
  const expected = new Map((await resolver.expected(obligation, p)).map((r) => [r.agencyId, reasonText(r)]));
  const states = await readSubmissionStates(db, asOf, { obligationIds: [obligation.id], period: p.period });
  const submitters = [...states.values()].map((s) => s.first.reporterAgencyId);
  const all = [...new Set([...expected.keys(), ...submitters])];
  const name = resolver.name;
  const reporters = all
    .map((agencyId): PeriodReporter => {
      const s = states.get(stateKey(obligation.id, p.period, agencyId));
      const sections = (s?.latest.sections ?? {}) as Record<string, string>;
      return {
        agencyId,
        agencyName: name(agencyId),
        expected: expected.has(agencyId),
        reason: expected.get(agencyId) ?? null,
        status: submissionStatus(p.dueDate, s?.first.submittedOn ?? null, asOf),
        submittedOn: s?.first.submittedOn ?? null,
        submittedBy: s?.first.submittedBy ?? null,
        sections: Object.fromEntries(reportSections.filter((k) => sections[k]).map((k) => [k, sections[k]])),
        figureRefs: (s?.latest.figureRefs ?? {}) as Record<string, number[]>,
        submissionCount: s?.count ?? 0,
        latestSubmissionId: s?.latest.id ?? null,
      };
    })
    .sort((a, b) => compareVi(a.agencyName, b.agencyName));
  const counts = Object.fromEntries(submissionStatuses.map((k) => [k, reporters.filter((r) => r.status === k).length])) as Record<
    SubmissionStatus,
    number
  >;
  return {
    obligation: {
      id: obligation.id,
      title: obligation.title,
      recipientAgencyId: obligation.recipientAgencyId,
      recipientName: name(obligation.recipientAgencyId),
      frequency: obligation.frequency,
      frequencyLabel: frequencyLabels[obligation.frequency].vi,
      deadlineText: obligationDeadlineText(obligation),
      deadlineInferred: obligation.deadline.inferred ?? null,
      figures: obligation.figures,
      sections: obligation.sections,
      legalBasis: obligation.legalBasis,
    },
    period: p,
    asOf,
    reporters,
    counts,
  };
}
