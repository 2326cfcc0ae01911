// Runs the real Worker locally for a test: flat D1 migrations applied to a fresh
// local database, then `wrangler dev` (workerd, the runtime Cloudflare runs) on a
// free port. All state and logs live in one temporary folder.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { writeD1Migrations } from "@kinship/db/d1-migrations";
import { ensureNode24 } from "../../scripts/node24.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const wranglerJs = join(dirname(createRequire(import.meta.url).resolve("wrangler/package.json")), "bin/wrangler.js");

// Keep wrangler off the network and out of the home folder: no telemetry, no
// update check, no Request.cf download, no prompts, logs in our folder.
function wranglerEnv(stateDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CI: "true",
    WRANGLER_SEND_METRICS: "false",
    WRANGLER_SEND_ERROR_REPORTS: "false",
    WRANGLER_HIDE_BANNER: "true", // the banner is what triggers the npm update check
    NO_UPDATE_NOTIFIER: "1",
    CLOUDFLARE_CF_FETCH_ENABLED: "false",
    WRANGLER_NO_SKILLS_UPDATE_PROMPTS: "true",
    WRANGLER_LOG_PATH: join(stateDir, "wrangler-logs"),
    WRANGLER_REGISTRY_PATH: join(stateDir, "registry"),
    FORCE_COLOR: "0",
  };
}

async function freePort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || !address) throw new Error("No free port");
  return address.port;
}

export interface WranglerDev {
  url: string;
  logPath: string;
  /** The last lines wrangler printed, for failure messages. */
  logTail: (lines?: number) => string;
  stop: () => Promise<void>;
}

export async function startWranglerDev({
  vars = {},
  seedSql,
}: {
  vars?: Record<string, string>;
  /** SQL run against the local D1 after the migrations, before the Worker starts. */
  seedSql?: string;
} = {}): Promise<WranglerDev> {
  const node = ensureNode24();
  const dir = mkdtempSync(join(tmpdir(), "kinship-worker-"));
  const env = wranglerEnv(dir);
  const logPath = join(dir, "wrangler.log");
  const logTail = (lines = 40) =>
    existsSync(logPath) ? readFileSync(logPath, "utf8").split("\n").slice(-lines).join("\n") : "(no log)";
  const config = ["--config", join(root, "wrangler.toml")];
  const persist = ["--persist-to", join(dir, "state")];

  writeD1Migrations();
  const migrate = await promisify(execFile)(
    node,
    [wranglerJs, "d1", "migrations", "apply", "DB", "--local", ...persist, ...config],
    { cwd: root, env, timeout: 60_000 },
  ).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`wrangler d1 migrations apply failed:\n${error.stdout ?? ""}\n${error.stderr ?? error}`);
  });
  writeFileSync(logPath, `${migrate.stdout}${migrate.stderr}\n`);
  if (seedSql) {
    const seedFile = join(dir, "seed.sql");
    writeFileSync(seedFile, seedSql);
    await promisify(execFile)(
      node,
      [wranglerJs, "d1", "execute", "DB", "--local", "--file", seedFile, "--yes", ...persist, ...config],
      { cwd: root, env, timeout: 60_000 },
    ).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`wrangler d1 execute failed:\n${error.stdout ?? ""}\n${error.stderr ?? error}`);
    });
  }

  // web/dist is build output and may not exist: a placeholder shell in our folder
  // stands in for it, so the repository is never written to.
  const assets = join(dir, "assets");
  mkdirSync(assets);
  writeFileSync(join(assets, "index.html"), "<!doctype html><title>Kinship placeholder</title>\n");

  const port = await freePort();
  const args = [
    ...["dev", "--local", "--ip", "127.0.0.1", "--port", String(port)],
    // Its own inspector port, so two runs (or a developer's wrangler) never collide.
    ...["--inspector-port", String(await freePort()), "--show-interactive-dev-session=false"],
    ...["--assets", assets, ...persist, ...config],
    ...Object.entries(vars).flatMap(([key, value]) => ["--var", `${key}:${value}`]),
  ];
  const log = openSync(logPath, "a");
  // detached: its own process group, so stopping it also stops workerd and esbuild.
  const child = spawn(node, [wranglerJs, ...args], { cwd: root, env, detached: true, stdio: ["ignore", log, log] });
  closeSync(log);
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    await stopGroup(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, 120_000);
  } catch (error) {
    const tail = logTail();
    await stopGroup(child);
    throw new Error(`${(error as Error).message}\n--- wrangler log (${logPath}) ---\n${tail}`);
  }
  return { url, logPath, logTail, stop };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`wrangler dev exited early (${child.exitCode ?? child.signalCode})`);
    const status = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) })
      .then((response) => response.status)
      .catch(() => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer GET /health with 200 within ${timeoutMs / 1000} s`);
}

// SIGTERM to the whole group, then SIGKILL if anything is still there after 5 s.
async function stopGroup(child: ChildProcess) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal("SIGTERM");
  const timer = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 5_000));
  if ((await Promise.race([exited, timer])) === "timeout") signal("SIGKILL");
  // workerd may outlive wrangler's own exit for a moment: make sure the group is gone.
  signal("SIGKILL");
}
