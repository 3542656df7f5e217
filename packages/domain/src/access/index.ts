export * from "./account-input";
export * from "./me";
export * from "./roles";
export * from "./scopes";
export * from "./sign-in-throttle";
export * from "./task-scopes";
