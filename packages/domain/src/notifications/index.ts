export * from "./digest";
export * from "./group-notifications";
export * from "./kinds";
export * from "./responses";
export * from "./task-event-notice";
