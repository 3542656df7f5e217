export * from "./annual-report";
export * from "./briefing";
export * from "./monthly-report";
export * from "./report-issue";
export * from "./report-progress";
export * from "./report-scope";
