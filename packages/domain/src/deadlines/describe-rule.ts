import { monthLabelVi, quarterLabelVi, weekdayNameVi } from "../calendar/format-date";
import type { Quarter } from "../calendar/periods";
import { formatDateVi } from "../shared/format";
import type { DeadlineRule } from "./deadline-rule";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** A Vietnamese description of a rule, as an official would write it. */
export function describeRule(rule: DeadlineRule): string {
  const before = rule.before === true;
  switch (rule.kind) {
    case "date":
      return `${before ? "Trước ngày" : "Chậm nhất ngày"} ${formatDateVi(rule.value)}`;
    case "month": {
      const [year, month] = rule.value.split("-").map(Number) as [number, number];
      return before ? `Trước ${monthLabelVi(year, month).toLowerCase()}` : monthLabelVi(year, month);
    }
    case "quarter": {
      const label = quarterLabelVi(Number(rule.value.slice(0, 4)), Number(rule.value.slice(6)) as Quarter);
      return before ? `Trước ${label}` : label;
    }
    case "year":
      return before ? `Trước năm ${rule.value}` : `Năm ${rule.value}`;
    case "recurring-weekly":
      return `Hằng tuần, ${before ? "trước " : ""}${weekdayNameVi(Number(rule.value))}`;
    case "recurring-monthly":
      return `Hằng tháng, ${before ? "trước ngày" : "ngày"} ${rule.value}`;
    case "recurring-quarterly":
      if (rule.value === null) return before ? "Hằng quý, trước ngày cuối quý" : "Hằng quý, vào cuối quý";
      return `Hằng quý, ${before ? "trước ngày" : "ngày"} ${rule.value} tháng đầu quý sau`;
    case "recurring-yearly": {
      const [mm, dd] = rule.value.split("-");
      return `Hằng năm, ${before ? "trước ngày" : "ngày"} ${dd}/${mm}`;
    }
    case "working-days-after": {
      const event = rule.event?.trim();
      return `${pad2(Number(rule.value))} ngày làm việc kể từ ${event ? event : "ngày phát sinh sự việc"}`;
    }
    case "asap":
      return "Trong thời gian sớm nhất";
    case "continuous":
      return "Thường xuyên";
    case "none":
      return "Không có thời hạn";
  }
}
