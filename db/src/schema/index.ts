// Every table, for drizzle-kit and for the relations.
export * from "./accounts";
export * from "./audit";
export * from "./consent";
export * from "./directory";
export * from "./directory-imports";
export * from "./journey-check-ins";
export * from "./journey-goals";
export * from "./journey-network";
export * from "./journey-vocabulary";
export * from "./mentoring";
export * from "./mentoring-matches";
export * from "./mentoring-vocabulary";
export * from "./notifications";
export * from "./person-keys";
export * from "./second-factor";
export * from "./support-sessions";
export * from "./volunteering";
