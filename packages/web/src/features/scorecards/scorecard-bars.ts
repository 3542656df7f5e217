import type { Scorecard } from "../../api/tasks-api";

/** The parts of a bar, left to right: done on time, done late, in progress, overdue. */
export const barParts = ["doneOnTime", "doneLate", "inProgress", "overdue"] as const;
export type BarPart = (typeof barParts)[number];

export interface BarSegment {
  part: BarPart;
  value: number;
  x: number;
  width: number;
}

export interface BarRow {
  agency: string;
  name: string;
  total: number;
  y: number;
  segments: BarSegment[];
}

export interface BarLayout {
  rows: BarRow[];
  /** the scale: how many tasks the full bar width stands for (a round number ≥ the largest total) */
  max: number;
  ticks: number[];
  height: number;
}

/** A "nice" axis end: 1, 2, 5 × 10ⁿ at or above `value`. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * Horizontal stacked bars of the tasks (not the report submissions), one per agency with tasks in the period, the most tasks first. Pure
 * geometry, so that the chart is plain SVG and the layout is tested without a browser.
 */
export function layoutBars(items: readonly Scorecard[], width: number, rowHeight = 26, gap = 8): BarLayout {
  const shown = items.filter((c) => c.tasks.total > 0).sort((a, b) => b.tasks.total - a.tasks.total || b.tasks.overdue - a.tasks.overdue);
  const max = niceMax(Math.max(0, ...shown.map((c) => c.tasks.total)));
  const unit = width / max;
  const rows = shown.map((card, i) => {
    let x = 0;
    const segments: BarSegment[] = [];
    for (const part of barParts) {
      const value = card.tasks[part];
      if (value <= 0) continue;
      segments.push({ part, value, x, width: value * unit });
      x += value * unit;
    }
    return { agency: card.agency, name: card.agencyName, total: card.tasks.total, y: i * (rowHeight + gap), segments };
  });
  const step = max <= 5 ? 1 : max / 5;
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => Math.round(i * step * 100) / 100);
  return { rows, max, ticks, height: rows.length * (rowHeight + gap) };
}
