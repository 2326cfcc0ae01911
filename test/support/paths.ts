// Where test databases live: under the git-ignored .cache folder.
import { fileURLToPath } from "node:url";

export const templateDir = fileURLToPath(new URL("../../.cache/test-db", import.meta.url));
export const templatePath = `${templateDir}/template.db`;
