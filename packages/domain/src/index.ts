export * from "./deadlines/deadline-rule";
export * from "./shared/app-error";
export * from "./shared/format";
export * from "./shared/vi-text";
export * from "./zones";
