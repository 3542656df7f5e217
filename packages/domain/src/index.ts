export * from "./access";
export * from "./calendar";
export * from "./deadlines";
export * as reader from "./reader";
export * from "./shared/app-error";
export * from "./shared/format";
export * from "./shared/vi-text";
export * from "./tasks";
export * from "./zones";
