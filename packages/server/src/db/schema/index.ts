export * from "./admin-units";
export * from "./agencies";
export * from "./documents";
export * from "./figures";
export * from "./zones";
