// Writes api/src/graphql/trusted-documents.json, the manifest of every operation the
// web client can send (docs/decisions/019-trusted-documents.md); with --check, fails
// when the committed file differs. Vite's module runner loads the TypeScript
// operation modules, so no other TypeScript loader is needed.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const operationsDir = fileURLToPath(new URL("../src/graphql/", import.meta.url));
const manifestPath = fileURLToPath(new URL("../../api/src/graphql/trusted-documents.json", import.meta.url));
const loadOptions = { configFile: false, logLevel: "silent" };

const load = async (path) => (await runnerImport(path, loadOptions)).module;

const { trustedDocumentsManifest, manifestFileText } = await load(
  fileURLToPath(new URL("../src/lib/trusted-documents.ts", import.meta.url)),
);
// Every operation module: graphql-env.d.ts holds types only, and graphql.ts's
// export is the tag itself, which the manifest skips as it is not a document.
const files = readdirSync(operationsDir)
  .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
  .sort();
const modules = await Promise.all(files.map((name) => load(`${operationsDir}${name}`)));
const text = manifestFileText(await trustedDocumentsManifest(modules));
const count = Object.keys(JSON.parse(text)).length;

if (process.argv.includes("--check")) {
  const committed = existsSync(manifestPath) ? readFileSync(manifestPath, "utf8") : "";
  if (committed !== text) {
    console.error("api/src/graphql/trusted-documents.json is out of date: run `pnpm trusted-documents` and commit it.");
    process.exit(1);
  }
  console.log(`api/src/graphql/trusted-documents.json matches web/src/graphql (${count} operations).`);
} else {
  writeFileSync(manifestPath, text);
  console.log(`Wrote ${count} operations to ${manifestPath}`);
}
