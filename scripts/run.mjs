#!/usr/bin/env node
// The README's two quick-start commands, `npm start` and `npm test`, land here.
// They must work on a machine with only Node and npm, so this script uses nothing
// but Node itself: it finds or fetches pnpm, installs the workspace, and then
// starts the app or runs every test (finding or installing Chromium first).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const pnpmVersion = "10.34.9";
const [command] = process.argv.slice(2);
const root = new URL("..", import.meta.url).pathname;

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: "inherit", cwd: root, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function has(cmd, args = ["--version"]) {
  return spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
}

// pnpm: the one running us, the one on PATH, or a pinned one through npx.
function pnpm() {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return [process.execPath, [execPath]];
  if (has("pnpm")) return ["pnpm", []];
  console.log(`pnpm is not installed: using pnpm@${pnpmVersion} through npx.`);
  return ["npx", ["--yes", `pnpm@${pnpmVersion}`]];
}

function pnpmCommand(args) {
  const [cmd, prefix] = pnpm();
  return [cmd, [...prefix, ...args]];
}

function runPnpm(args, options) {
  run(...pnpmCommand(args), options);
}

// Chromium for the browser tests: $CHROMIUM_PATH, a Chromium on PATH, or
// Debian's package, installed when we are root on Debian (as in CI).
function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  const isRootOnDebian = process.getuid?.() === 0 && existsSync("/etc/debian_version");
  if (isRootOnDebian) {
    console.log("Chromium not found: installing Debian's chromium package with apt-get (needed for browser tests).");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return "/usr/bin/chromium";
  }
  console.error(
    "Browser tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH.",
  );
  process.exit(1);
}

const frozen = process.env.CI ? ["--frozen-lockfile"] : [];
switch (command) {
  case "start":
    runPnpm(["install", ...frozen]);
    runPnpm(["--filter", "@kinship/web", "build"]);
    runPnpm(["--filter", "@kinship/api", "start"]);
    break;
  case "test": {
    runPnpm(["install", ...frozen]);
    const chromium = findChromium();
    console.log(`Browser tests will use ${chromium} (${execFileSync(chromium, ["--version"]).toString().trim()}).`);
    runPnpm(["--filter", "@kinship/web", "build"]);
    const results = `${root}.cache/test-results.json`;
    rmSync(results, { force: true });
    const reporters = ["--reporter=default", "--reporter=json", `--outputFile.json=${results}`];
    const testRun = spawnSync(...pnpmCommand(["--filter", "@kinship/test", "test", ...reporters]), {
      stdio: "inherit",
      cwd: root,
      env: { ...process.env, CHROMIUM_PATH: chromium },
    });
    // One plain closing line that any CI can read, whatever the runner prints.
    if (existsSync(results)) {
      const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(results, "utf8"));
      console.log(`${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
    }
    process.exit(testRun.status ?? 1);
    break;
  }
  default:
    console.error("Usage: node scripts/run.mjs start|test");
    process.exit(2);
}
