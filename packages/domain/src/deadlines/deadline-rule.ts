import { z } from "zod";
import { isIsoDate } from "../calendar/iso-date";

/**
 * A deadline rule as an official records it, in the shape of `shared/fixtures/seed-tasks/*.json`:
 * `{ kind, value }`. Values:
 *   date "2025-12-03" · month "2025-07" · quarter "2026-Q3" · year "2026"
 *   recurring-weekly "1".."7" (ISO weekday, 1 = Monday) · recurring-monthly "20" (day of month)
 *   recurring-quarterly null or "15" (day after the quarter's end; null = at the quarter's end)
 *   recurring-yearly "11-30" (MM-DD) · working-days-after "5" (N, counted from `event`)
 *   asap · continuous · none: null
 * `before: true` records "trước ngày …": the named day itself is already late, so the due date
 * is the day before ("trước ngày 30/11" is due 29/11). "chậm nhất ngày …" and "ngày …" are inclusive.
 * `inferred` says why a date was derived rather than written (e.g. "meeting start").
 */
export const deadlineKinds = [
  "date",
  "month",
  "quarter",
  "year",
  "recurring-weekly",
  "recurring-monthly",
  "recurring-quarterly",
  "recurring-yearly",
  "working-days-after",
  "asap",
  "continuous",
  "none",
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "Ngày phải có dạng YYYY-MM-DD")
  .refine(isIsoDate, "Ngày không tồn tại");
const common = { before: z.boolean().optional(), inferred: z.string().optional() };

export const deadlineRuleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("date"), value: isoDate, ...common }),
  z.object({ kind: z.literal("month"), value: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), ...common }),
  z.object({ kind: z.literal("quarter"), value: z.string().regex(/^\d{4}-Q[1-4]$/), ...common }),
  z.object({ kind: z.literal("year"), value: z.string().regex(/^\d{4}$/), ...common }),
  z.object({ kind: z.literal("recurring-weekly"), value: z.string().regex(/^[1-7]$/), ...common }),
  z.object({ kind: z.literal("recurring-monthly"), value: z.string().regex(/^([1-9]|[12]\d|3[01])$/), ...common }),
  z.object({
    kind: z.literal("recurring-quarterly"),
    value: z
      .string()
      .regex(/^([1-9]|[12]\d|3[01])$/)
      .nullable(),
    ...common,
  }),
  z.object({
    kind: z.literal("recurring-yearly"),
    value: z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
      .refine((v) => isIsoDate(`2000-${v}`), "Ngày trong năm không tồn tại"), // 2000: 29/02 allowed
    ...common,
  }),
  z.object({
    kind: z.literal("working-days-after"),
    value: z.string().regex(/^\d{1,3}$/),
    event: z.string().optional(),
    ...common,
  }),
  z.object({ kind: z.literal("asap"), value: z.null(), ...common }),
  z.object({ kind: z.literal("continuous"), value: z.null(), ...common }),
  z.object({ kind: z.literal("none"), value: z.null(), ...common }),
]);
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;
