export * from "./land-clearance";
