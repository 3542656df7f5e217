import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date-schema";
import { formatNumber } from "../shared/format";
import { normVi } from "../shared/vi-text";

/**
 * The land clearance ledger (giải phóng mặt bằng) of a project, per commune. Each entry states the
 * figures reached by its date (as communes report them: "đã kiểm đếm 490 trường hợp"). Entries are
 * appended, never changed: a correction is a new entry naming the one it corrects, which then no
 * longer counts. Cumulative values are the latest entry that counts; the change since the previous
 * report is the difference with the one before it.
 */
export const landClearanceMetrics = [
  "householdsAffected",
  "householdsCounted",
  "plansApproved",
  "householdsPaid",
  "moneyPaidMillionVnd",
  "areaRecoveredHa",
  "areaHandedOverHa",
  "gravesMoved",
  "householdsResettled",
  "complaintsOpen",
] as const;
export type LandClearanceMetric = (typeof landClearanceMetrics)[number];
export type LandClearanceFigures = Record<LandClearanceMetric, number | null>;

export const landClearanceLabels: Record<LandClearanceMetric, string> = {
  householdsAffected: "Số hộ bị ảnh hưởng",
  householdsCounted: "Số hộ đã kiểm đếm",
  plansApproved: "Số hộ đã phê duyệt phương án bồi thường",
  householdsPaid: "Số hộ đã chi trả",
  moneyPaidMillionVnd: "Số tiền đã chi trả (triệu đồng)",
  areaRecoveredHa: "Diện tích đã thu hồi (ha)",
  areaHandedOverHa: "Diện tích đã bàn giao (ha)",
  gravesMoved: "Số mộ đã di chuyển",
  householdsResettled: "Số hộ đã tái định cư",
  complaintsOpen: "Số đơn thư khiếu nại chưa giải quyết",
};

export interface LandClearanceEntry extends LandClearanceFigures {
  id: number;
  zoneId: string;
  unitId: string;
  reportedOn: string;
  /** the source gives only this period ("2024"): `reportedOn` is its last day, the period is what is printed */
  reportedPeriod?: string | null;
  correctsId: number | null;
  /** for a unit abolished in a reorganisation (a former district): the units that took over its territory */
  successorUnitIds?: readonly string[];
}

const count = (label: string) =>
  z
    .number({ error: `${label} phải là một số.` })
    .int(`${label} phải là số nguyên.`)
    .min(0, `${label} không được âm.`)
    .max(1_000_000, `${label} quá lớn.`)
    .nullable()
    .default(null);
const amount = (label: string, max: number) =>
  z
    .number({ error: `${label} phải là một số.` })
    .min(0, `${label} không được âm.`)
    .max(max, `${label} quá lớn.`)
    .nullable()
    .default(null);

export const landClearanceInput = z
  .object({
    unitId: z.string({ error: "Cần xã, phường." }).min(1, "Cần xã, phường.").max(80),
    reportedOn: isoDateSchema,
    correctsId: z.number().int().positive().nullable().default(null),
    note: z.string().transform(normVi).pipe(z.string().max(2000)).nullable().default(null),
    householdsAffected: count("Số hộ bị ảnh hưởng"),
    householdsCounted: count("Số hộ đã kiểm đếm"),
    plansApproved: count("Số hộ đã phê duyệt phương án"),
    householdsPaid: count("Số hộ đã chi trả"),
    moneyPaidMillionVnd: amount("Số tiền đã chi trả", 1e9),
    areaRecoveredHa: amount("Diện tích đã thu hồi", 100_000),
    areaHandedOverHa: amount("Diện tích đã bàn giao", 100_000),
    gravesMoved: count("Số mộ đã di chuyển"),
    householdsResettled: count("Số hộ đã tái định cư"),
    complaintsOpen: count("Số đơn thư khiếu nại"),
  })
  .strict();
export type LandClearanceInput = z.infer<typeof landClearanceInput>;

/** What is wrong with a new entry, given the project's area, today and the entries already there (messages in Vietnamese). */
export function checkLandClearance(
  input: LandClearanceInput,
  projectAreaHa: number | null,
  today: string,
  existing: LandClearanceEntry[],
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (input.reportedOn > today) problems.push({ path: "reportedOn", message: "Ngày báo cáo không được sau ngày hôm nay." });
  const within = (a: number | null, b: number | null) => a === null || b === null || a <= b;
  if (!within(input.areaHandedOverHa, input.areaRecoveredHa))
    problems.push({ path: "areaHandedOverHa", message: "Diện tích bàn giao không thể lớn hơn diện tích đã thu hồi." });
  if (projectAreaHa !== null) {
    for (const field of ["areaRecoveredHa", "areaHandedOverHa"] as const) {
      if (!within(input[field], projectAreaHa))
        problems.push({
          path: field,
          message: `${landClearanceLabels[field]} vượt quá diện tích dự án (${formatNumber(projectAreaHa)} ha).`,
        });
    }
  }
  for (const [a, b] of [
    ["householdsCounted", "householdsAffected"],
    ["plansApproved", "householdsCounted"],
    ["householdsPaid", "plansApproved"],
  ] as const) {
    if (!within(input[a], input[b]))
      problems.push({ path: a, message: `${landClearanceLabels[a]} không thể lớn hơn ${landClearanceLabels[b].toLowerCase()}.` });
  }
  if (input.correctsId !== null && !existing.some((e) => e.id === input.correctsId && e.unitId === input.unitId)) {
    problems.push({ path: "correctsId", message: "Không có số liệu cần đính chính này cho xã, phường đã chọn." });
  }
  return problems;
}

/** The entries that count (not corrected by a later one), oldest first, up to `asOf`. */
export function effectiveEntries(entries: LandClearanceEntry[], asOf: string): LandClearanceEntry[] {
  const visible = entries.filter((e) => e.reportedOn <= asOf);
  const corrected = new Set(visible.map((e) => e.correctsId).filter((id): id is number => id !== null));
  return visible.filter((e) => !corrected.has(e.id)).sort((a, b) => a.reportedOn.localeCompare(b.reportedOn) || a.id - b.id);
}

export interface LedgerPosition {
  unitId: string;
  reportedOn: string | null;
  reportedPeriod: string | null;
  cumulative: LandClearanceFigures;
  /** cumulative minus the previous report that counts; null where either is unknown */
  change: LandClearanceFigures;
  /**
   * A unit abolished in a reorganisation (a former district) whose successor units have reported
   * since: its figure covered their territory, so it no longer counts in the project's totals.
   */
  superseded: boolean;
}

const emptyFigures = (): LandClearanceFigures => Object.fromEntries(landClearanceMetrics.map((m) => [m, null])) as LandClearanceFigures;

/**
 * Per commune: the latest figures that count as of `asOf`, and their change since the report before.
 * A former unit's position is superseded once one of its successor units reports on or after it.
 */
export function ledgerPositions(entries: LandClearanceEntry[], asOf: string): LedgerPosition[] {
  const effective = effectiveEntries(entries, asOf);
  const units = [...new Set(effective.map((e) => e.unitId))];
  const lastReport = new Map(effective.map((e) => [e.unitId, e.reportedOn]));
  return units.map((unitId) => {
    const mine = effective.filter((e) => e.unitId === unitId);
    const last = mine.at(-1);
    const before = mine.at(-2);
    const cumulative = emptyFigures();
    const change = emptyFigures();
    for (const m of landClearanceMetrics) {
      cumulative[m] = last?.[m] ?? null;
      const prev = before ? before[m] : 0;
      change[m] = cumulative[m] === null || prev === null ? null : Math.round(((cumulative[m] as number) - prev) * 100) / 100;
    }
    const reportedOn = last?.reportedOn ?? null;
    const superseded = (last?.successorUnitIds ?? []).some((s) => {
      const theirs = lastReport.get(s);
      return theirs !== undefined && reportedOn !== null && theirs >= reportedOn;
    });
    return { unitId, reportedOn, reportedPeriod: last?.reportedPeriod ?? null, cumulative, change, superseded };
  });
}

/** The project's totals over its communes (superseded positions left out). */
export function ledgerTotals(positions: LedgerPosition[]): LandClearanceFigures {
  const totals = emptyFigures();
  const counting = positions.filter((p) => !p.superseded);
  for (const m of landClearanceMetrics) {
    const known = counting.map((p) => p.cumulative[m]).filter((v): v is number => v !== null);
    totals[m] = known.length === 0 ? null : Math.round(known.reduce((s, v) => s + v, 0) * 100) / 100;
  }
  return totals;
}
