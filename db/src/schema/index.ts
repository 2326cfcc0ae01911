// Every table, for drizzle-kit and for the relations.
export * from "./accounts";
