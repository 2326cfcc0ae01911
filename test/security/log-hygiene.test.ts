// Log hygiene: the real Node server, run as its own process, is taken through
// sign-up (with its code), sign-in, a failed sign-in, a forgotten password, a used
// code tried again, a malformed request and sign-out; nothing it prints may
// contain a password, a session token, a one-time code or contact details.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@kinship/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../support/database";

const entry = fileURLToPath(new URL("../../api/src/node.ts", import.meta.url));
let server: ChildProcess;
let output = "";
let url = "";
let databaseUrl = "";

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
  databaseUrl = database.url;
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
    const started = (await (
      await post(
        JSON.stringify({
          query: "mutation($i: SignUpInput!) { signUp(input: $i) { verificationId } }",
          variables: { i: { displayName: "Hygiene", email, password } },
        }),
      )
    ).json()) as { data: { signUp: { verificationId: string } } };
    // The code, from the development outbox table (the server runs in development
    // mode; its /dev/outbox page needs the web build's JSX set-up, which this
    // process started from test/ does not have).
    const outbox = await openDatabase({ url: databaseUrl });
    let code = "";
    for (let i = 0; i < 50 && !code; i++) {
      const [row] = await outbox.db.all<{ body: string }>(
        sql`select body from development_outbox where recipient = ${email}`,
      );
      code = /\b(\d{6})\b/.exec(row?.body ?? "")?.[1] ?? "";
      if (!code) await new Promise((r) => setTimeout(r, 100));
    }
    outbox.close();
    expect(code, "no code in the development outbox").toMatch(/^\d{6}$/);
    const signUp = await post(
      JSON.stringify({
        query: "mutation($v: ID!, $c: String!) { confirmSignUp(verificationId: $v, code: $c) { id } }",
        variables: { v: started.data.signUp.verificationId, c: code },
      }),
    );
    const token = signUp.headers.get("set-cookie")?.split(";")[0]?.split("=")[1] ?? "";
    // A forgotten password for the mobile (added later) and a wrong code: codes and addresses stay out of the log.
    await post(
      JSON.stringify({
        query: "mutation($i: String!) { requestPasswordReset(identifier: $i) { verificationId } }",
        variables: { i: mobile },
      }),
    );
    await post(
      JSON.stringify({
        query: "mutation($v: ID!, $c: String!) { confirmSignUp(verificationId: $v, code: $c) { id } }",
        variables: { v: started.data.signUp.verificationId, c: code },
      }),
    );
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
    for (const secret of [password, token, token.split(".")[1]!, email, "7700900777", code]) {
      expect(output).not.toContain(secret);
    }
  });
});
