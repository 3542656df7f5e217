import type { IsoDate } from "../calendar/iso-date";
import type { LandClearanceEntry } from "../progress/land-clearance";
import { compareVi } from "../shared/vi-text";
import { evaluateTarget, type TargetActual, type TargetVerdict, targetVerdict, targetVerdictLabels } from "../zones/targets";
import { type ZoneStage, zoneStageLabels, zoneStages } from "../zones/zone-vocabulary";
import { consolidate, type MonthlyReport, type MonthlyReportInput } from "./monthly-report";

/**
 * Sở Công Thương's annual report to the provincial committee (003, closing clause: by 30/11): the monthly report's
 * tables as of the year's cut-off, plus the year's changes of stage and the plan's targets (§III.2)
 * against the registry's actual values.
 */

/** A recorded value of a zone's stage: `on` is the date it took effect (the fact's as-of date, else the day it was recorded). */
export interface StageFact {
  zoneId: string;
  value: string;
  on: IsoDate;
  /** order among facts of the same day (recording order) */
  seq: number;
}

export interface StageChange {
  zoneId: string;
  name: string;
  kind: string;
  from: ZoneStage | null;
  fromLabel: string;
  to: ZoneStage;
  toLabel: string;
  on: IsoDate;
}

export interface PlanTarget {
  id: string;
  text: string;
  metric: string;
  threshold: number | null;
  byYear: number | null;
}

export interface AnnualReportInput extends Omit<MonthlyReportInput, "period" | "landClearance"> {
  year: number;
  asOf: IsoDate;
  /** stage facts recorded by the report's date */
  stageFacts: StageFact[];
  targets: PlanTarget[];
  /** land clearance entries recorded by the report's date, and by the previous year's end */
  landClearance?: { current: LandClearanceEntry[]; previous: LandClearanceEntry[] };
}

export interface AnnualReport extends Omit<MonthlyReport, "period" | "periodLabel"> {
  year: number;
  periodLabel: string;
  /** the previous year's end: land clearance changes are over the year */
  previousAsOf: IsoDate;
  stageChanges: StageChange[];
  targets: (PlanTarget & { actual: TargetActual; verdict: TargetVerdict; verdictLabel: string })[];
}

const label = (stage: string | null) => (stage && stage in zoneStageLabels ? zoneStageLabels[stage as ZoneStage].vi : "Chưa ghi nhận");

/** The zones whose stage changed during [from, to], one row per change, in date order. */
export function stageChanges(
  facts: StageFact[],
  zones: { id: string; name: string; kind: string }[],
  from: IsoDate,
  to: IsoDate,
): StageChange[] {
  const out: StageChange[] = [];
  for (const z of zones) {
    const mine = facts.filter((f) => f.zoneId === z.id).sort((a, b) => a.on.localeCompare(b.on) || a.seq - b.seq);
    let current: string | null = null;
    for (const f of mine) {
      if (f.on > to) break;
      // the first value recorded is where the registry starts, not a change
      if (current !== null && f.value !== current && f.on >= from && zoneStages.includes(f.value as ZoneStage)) {
        out.push({
          zoneId: z.id,
          name: z.name,
          kind: z.kind,
          from: current as ZoneStage | null,
          fromLabel: label(current),
          to: f.value as ZoneStage,
          toLabel: label(f.value),
          on: f.on,
        });
      }
      current = f.value;
    }
  }
  return out.sort((a, b) => a.on.localeCompare(b.on) || compareVi(a.name, b.name));
}

export function annualReport(input: AnnualReportInput): AnnualReport {
  const previousAsOf = `${input.year - 1}-12-31`;
  const base = consolidate({
    ...input,
    previousAsOf,
    landClearance: input.landClearance ? { ...input.landClearance, previousAsOf } : undefined,
  });
  return {
    ...base,
    year: input.year,
    periodLabel: `năm ${input.year}`,
    previousAsOf,
    stageChanges: stageChanges(input.stageFacts, input.zones, `${input.year}-01-01`, input.asOf),
    targets: input.targets.map((t) => {
      const actual = evaluateTarget(t.metric, t.threshold, input.zones);
      const verdict = targetVerdict(actual, t.byYear, input.asOf);
      return { ...t, actual, verdict, verdictLabel: targetVerdictLabels[verdict] };
    }),
  };
}
