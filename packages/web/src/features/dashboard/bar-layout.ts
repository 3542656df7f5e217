/** Where each horizontal bar goes: pure geometry, so the chart is plain SVG and tested without a browser. */
export interface HBarLayout {
  rows: { y: number; width: number }[];
  /** the value the full width stands for: at least the largest value and `max` */
  max: number;
  height: number;
  scale(value: number): number;
}

export function layoutHBars(
  values: readonly number[],
  width: number,
  options: { rowHeight: number | readonly number[]; gap: number; max?: number },
): HBarLayout {
  const max = Math.max(options.max ?? 0, ...values, 0) || 1;
  const scale = (value: number) => (Math.max(0, value) / max) * width;
  const heightOf = (i: number) => (typeof options.rowHeight === "number" ? options.rowHeight : (options.rowHeight[i] ?? 0));
  let y = 0;
  const rows = values.map((v, i) => {
    const row = { y, width: scale(v) };
    y += heightOf(i) + options.gap;
    return row;
  });
  return { rows, max, height: y, scale };
}

/** A label on several lines, broken between words, so that the whole name is written (never cut with "…"). */
export function wrapLabel(label: string, width = 36): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
