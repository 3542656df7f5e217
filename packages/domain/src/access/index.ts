export * from "./account-input";
export * from "./roles";
export * from "./scopes";
export * from "./task-scopes";
