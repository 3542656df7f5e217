export * from "./digest";
export * from "./group-notifications";
export * from "./kinds";
export * from "./task-event-notice";
