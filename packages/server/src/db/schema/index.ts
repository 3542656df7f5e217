export * from "./admin-units";
export * from "./agencies";
export * from "./audit";
export * from "./auth";
export * from "./documents";
export * from "./figures";
export * from "./follow-up";
export * from "./zones";
