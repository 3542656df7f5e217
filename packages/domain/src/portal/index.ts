export * from "./enquiry-input";
export * from "./public-zone";
