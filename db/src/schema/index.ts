// Every table, for drizzle-kit and for the relations.
export * from "./accounts";
export * from "./audit";
export * from "./consent";
export * from "./directory";
export * from "./directory-imports";
export * from "./mentoring";
export * from "./notifications";
export * from "./person-keys";
export * from "./second-factor";
export * from "./volunteering";
