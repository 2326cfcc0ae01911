export * from "./client";
export * from "./ids";
export { relations } from "./relations";
export * as schema from "./schema";
