export * from "./land-clearance";
export * from "./milestones";
export * from "./occupancy-shown";
export * from "./tenant-projects";
