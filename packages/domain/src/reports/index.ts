export * from "./monthly-report";
