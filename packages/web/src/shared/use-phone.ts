import { Grid } from "antd";

/**
 * Below antd's md breakpoint (768 px): a phone held upright. There a table of long texts becomes a
 * list of cards and a chart puts its labels above its bars. Before the first measure antd's
 * breakpoints are empty: a desk is assumed, as the layout does.
 */
export function usePhone(): boolean {
  return !(Grid.useBreakpoint().md ?? true);
}
