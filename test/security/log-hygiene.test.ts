// Log hygiene: the real Node server, run as its own process, is taken through
// sign-up, sign-in, a failed sign-in, a malformed request and sign-out; nothing it
// prints may contain a password, a session token or a person's contact details.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../support/database";

const entry = fileURLToPath(new URL("../../api/src/node.ts", import.meta.url));
let server: ChildProcess;
let output = "";
let url = "";

async function freePort() {
  const probe = createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => probe.once("listening", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === "object" && address ? address.port : 0;
}

beforeAll(async () => {
  const database = await freshDatabase();
  database.close();
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ["--import", "tsx", entry], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: database.url, SEED_DEMO_DATA: "false" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  server.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  for (let i = 0; i < 100 && !output.includes("is running"); i++) await new Promise((r) => setTimeout(r, 200));
}, 60_000);
afterAll(() => {
  server.kill();
});

const post = (body: string, cookie?: string) =>
  fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body,
  });

describe("log hygiene", () => {
  it("never prints passwords, tokens or contact details", async () => {
    expect(output).toContain("is running");
    const password = "hygiene-password-7731";
    const email = "hygiene.person@example.test";
    const mobile = "07700 900777";
    const signUp = await post(
      JSON.stringify({
        query: "mutation($i: SignUpInput!) { signUp(input: $i) { id } }",
        variables: { i: { displayName: "Hygiene", email, mobile, password } },
      }),
    );
    const token = signUp.headers.get("set-cookie")?.split(";")[0]?.split("=")[1] ?? "";
    expect(token.length).toBeGreaterThan(40);
    await post(
      JSON.stringify({
        query: "mutation($i: SignInInput!) { signIn(input: $i) { id } }",
        variables: { i: { identifier: email, password: `${password}-wrong` } },
      }),
    );
    await post(`{ "query": "mutation", "password": "${password}" `);
    await post(JSON.stringify({ query: "mutation { signOut }" }), `kinship_session=${token}`);
    await new Promise((r) => setTimeout(r, 200));
    for (const secret of [password, token, token.split(".")[1]!, email, "7700900777"]) {
      expect(output).not.toContain(secret);
    }
  });
});
