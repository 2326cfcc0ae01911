// Prints the GraphQL schema to api/schema.graphql, or with --check fails when the
// committed file differs from what the code defines.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchema } from "graphql";
import { schema } from "../graphql/schema";

const target = fileURLToPath(new URL("../../schema.graphql", import.meta.url));
const printed = `${printSchema(schema)}\n`;
if (process.argv.includes("--check")) {
  const committed = readFileSync(target, "utf8");
  if (committed !== printed) {
    console.error("api/schema.graphql is out of date: run `pnpm schema:print` and commit it.");
    process.exit(1);
  }
  console.log("api/schema.graphql matches the code.");
} else {
  writeFileSync(target, printed);
  console.log(`Wrote ${target}`);
}
