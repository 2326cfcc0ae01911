// The real Hono app over a fresh database, driven through `app.request` with a
// small cookie jar per simulated browser.

import { totpFor } from "@kinship/api/accounts/second-factor/totp";
import { createApp } from "@kinship/api/app";
import { createFieldCipher, generateKeyEntry } from "@kinship/api/crypto/field-cipher";
import type { DirectoryConfig } from "@kinship/api/directory/settings";
import type { Database } from "@kinship/db";
import { sql } from "drizzle-orm";
import { freshDatabase } from "./database";

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export async function testApp(
  options: { now?: () => Date; onStatement?: (sql: string) => void; directory?: DirectoryConfig } = {},
) {
  const database = await freshDatabase({ onStatement: options.onStatement });
  const cipher = await createFieldCipher(generateKeyEntry("test"));
  const app = createApp({
    getDb: () => database.db,
    getCipher: async () => cipher,
    // Tests pretend to come from different networks by setting this header;
    // only the test harness reads it, never the real entry points.
    getClientAddress: (c) => c.req.header("x-test-client-address") ?? "192.0.2.1",
    isProduction: true,
    now: options.now,
    directory: options.directory,
  });
  return { app, db: database.db, cipher, close: database.close, client: () => new TestClient(app) };
}

export type TestAppHandle = Awaited<ReturnType<typeof testApp>>;

/** One simulated browser: remembers the session cookie between requests. */
export class TestClient {
  cookie: string | null = null;
  address = "192.0.2.1";
  constructor(private readonly app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> }) {}

  async raw(body: unknown, headers: Record<string, string> = {}) {
    return this.app.request("http://localhost/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-test-client-address": this.address,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  }

  async gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) {
    const response = await this.raw({ query, variables });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(";");
      const [name, value] = (pair ?? "").split("=");
      if (name?.endsWith("kinship_session")) this.cookie = value ? `${name}=${value}` : null;
    }
    return { status: response.status, headers: response.headers, ...((await response.json()) as GraphQLResult<T>) };
  }

  signUp(input: { displayName?: string; email?: string; mobile?: string; password?: string }) {
    return this.gql<{ signUp: { id: string } }>(
      "mutation($input: SignUpInput!) { signUp(input: $input) { id displayName } }",
      { input: { displayName: "Robin", password: "a long enough password", ...input } },
    );
  }

  /** Sets up an authenticator app through the API, as a person would; returns its secret. */
  async enrolTotp(now = new Date()) {
    const started = await this.gql<{ startTotpEnrolment: { secret: string } }>(
      "mutation { startTotpEnrolment { secret uri } }",
    );
    const secret = started.data!.startTotpEnrolment.secret;
    const confirmed = await this.gql<{ confirmTotpEnrolment: string[] }>(
      "mutation($code: String!) { confirmTotpEnrolment(code: $code) }",
      { code: totpFor(secret, "").generate({ timestamp: now.getTime() }) },
    );
    return { secret, recoveryCodes: confirmed.data?.confirmTotpEnrolment ?? [], errors: confirmed.errors };
  }

  signIn(identifier: string, password: string) {
    return this.gql<{ signIn: { id: string } }>(
      "mutation($input: SignInInput!) { signIn(input: $input) { id displayName } }",
      { input: { identifier, password } },
    );
  }
}

export const errorCodes = (result: GraphQLResult) => (result.errors ?? []).map((e) => e.extensions?.code);

export async function countRows(db: Database, table: "people" | "sessions" | "memberships" | "organisations") {
  const [row] = await db.all<{ n: number }>(sql.raw(`select count(*) as n from ${table}`));
  return Number(row?.n);
}
