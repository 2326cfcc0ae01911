// The Node entry exactly as `npm start` runs it (tsx over api/src/node.ts, its
// own process and TypeScript settings), on a fresh database with the demo town:
// the quick start must serve the API and the server-rendered public pages.
// Everything else runs inside vitest, which compiles the same files its own way.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const apiDir = fileURLToPath(new URL("../../api/", import.meta.url));
const tsx = join(apiDir, "node_modules/.bin/tsx");
let url = "";
let stop = () => {};
let output = "";

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "kinship-node-entry-"));
  const port = await freePort();
  const child = spawn(tsx, ["src/node.ts"], {
    cwd: apiDir,
    env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${join(dir, "kinship.db")}`, NODE_ENV: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  stop = () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 120 && !output.includes("Kinship is running"); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect(output).toContain("Kinship is running");
}, 90_000);
afterAll(() => stop());

describe("npm start's server", () => {
  it("answers health, the API and the public pages, with no errors logged", async () => {
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const finder = await fetch(`${url}/find?place=Bury`);
    expect(finder.status, output).toBe(200);
    const html = await finder.text();
    const listing = /href="(\/gatherings\/[^"/]+)"/.exec(html)?.[1];
    expect(listing, html.slice(0, 500)).toBeTruthy();
    expect((await fetch(`${url}${listing}`)).status, output).toBe(200);
    // Reminders' stop page is rendered on the server too: a wrong link gets its page, not an error.
    const stop = await fetch(`${url}/stop/abcdefghijkmnpqr`);
    expect(stop.status, output).toBe(404);
    expect(await stop.text()).toContain("This link isn&#x27;t working");
    const api = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ organisations { name } }" }),
    });
    expect(((await api.json()) as { data: { organisations: unknown[] } }).data.organisations.length).toBeGreaterThan(1);
    expect(output).not.toMatch(/Error/);
  });
});
