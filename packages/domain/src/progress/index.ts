export * from "./land-clearance";
export * from "./milestones";
export * from "./tenant-projects";
