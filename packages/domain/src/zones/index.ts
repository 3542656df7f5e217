export * from "./coordinates";
export * from "./occupancy";
export * from "./sort-zones";
export * from "./targets";
export * from "./zone-filter";
export * from "./zone-input";
export * from "./zone-view";
export * from "./zone-vocabulary";
