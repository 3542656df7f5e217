import type { ReactNode } from "react";
import { Link } from "react-router";

/** Tag colours with text at 4.5:1 or more (antd's "error" and "warning" tags are lighter). */
export const tone = {
  good: { color: "#135200", background: "#f6ffed", borderColor: "#b7eb8f" },
  bad: { color: "#a8071a", background: "#fff1f0", borderColor: "#ffa39e" },
  late: { color: "#874d00", background: "#fffbe6", borderColor: "#ffe58f" },
  neutral: { color: "#434343" },
} as const;

/** A link dark enough on the tables' grey (antd's default blue is below 4.5:1 there). */
export function DLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} style={{ color: "#0958d9" }}>
      {children}
    </Link>
  );
}

export const cardTitle = { fontSize: 16, margin: 0, fontWeight: 600 } as const;
export const listStyle = { margin: 0, paddingInlineStart: 18 } as const;
