// Where test databases live: under the git-ignored .cache folder, one folder per
// vitest project.
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../.cache/test-db", import.meta.url));
export const testDatabaseDir = (projectName: string) => `${root}/${projectName || "default"}`;
