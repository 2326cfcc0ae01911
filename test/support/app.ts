// The real Hono app over a fresh database, driven through `app.request` with a
// small cookie jar per simulated browser.

import { parseIdentifier } from "@kinship/api/accounts/account-input";
import { accountMessagesStarter } from "@kinship/api/accounts/messages/account-message-sender";
import { totpFor } from "@kinship/api/accounts/second-factor/totp";
import { createApp } from "@kinship/api/app";
import { createFieldCipher, generateKeyEntry } from "@kinship/api/crypto/field-cipher";
import type { DirectoryConfig } from "@kinship/api/directory/settings";
import { createDevelopmentSink } from "@kinship/api/reminders/channels/development-sink";
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
  // Account messages (codes) go to the development outbox table, as on a
  // development server; each request waits for them, so a test can read the code.
  const sink = createDevelopmentSink(database.db, options.now);
  const pending = new Set<Promise<unknown>>();
  const settle = async () => {
    while (pending.size > 0) {
      const batch = [...pending];
      pending.clear();
      await Promise.all(batch);
    }
  };
  const latestCode = (to: string) => latestCodeSentTo(database.db, to);
  const app = createApp({
    getDb: () => database.db,
    getCipher: async () => cipher,
    // Tests pretend to come from different networks by setting this header;
    // only the test harness reads it, never the real entry points.
    getClientAddress: (c) => c.req.header("x-test-client-address") ?? "192.0.2.1",
    isProduction: true,
    now: options.now,
    directory: options.directory,
    startAccountMessages: accountMessagesStarter({
      adapters: () => ({ sms: sink, email: sink }),
      now: options.now,
      defer: (_c, work) => pending.add(work),
    }),
  });
  return {
    app,
    db: database.db,
    cipher,
    close: database.close,
    settle,
    latestCode,
    client: () => new TestClient(app, { settle, latestCode }),
  };
}

/** The code in the newest message the development sink "sent" to this address (normalised as sign-in does). */
export async function latestCodeSentTo(db: Database, address: string) {
  const identifier = parseIdentifier(address);
  const to = identifier ? ("email" in identifier ? identifier.email : identifier.mobile) : address;
  const [row] = await db.all<{ body: string }>(
    sql`select body from development_outbox where recipient = ${to} order by sent_at desc, rowid desc limit 1`,
  );
  return row?.body.match(/\b(\d{6})\b/)?.[1] ?? null;
}

interface ClientHelpers {
  /** Waits for background work a request started (account messages). */
  settle: () => Promise<void>;
  latestCode: (to: string) => Promise<string | null>;
}

export type TestAppHandle = Awaited<ReturnType<typeof testApp>>;

/** One simulated browser: remembers the session cookie between requests. */
export class TestClient {
  cookie: string | null = null;
  address = "192.0.2.1";
  constructor(
    private readonly app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
    private readonly helpers?: ClientHelpers,
  ) {}

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
    await this.helpers?.settle();
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(";");
      const [name, value] = (pair ?? "").split("=");
      if (name?.endsWith("kinship_session")) this.cookie = value ? `${name}=${value}` : null;
    }
    return { status: response.status, headers: response.headers, ...((await response.json()) as GraphQLResult<T>) };
  }

  /** Only the first step of signing up: a code goes to the address. */
  startSignUp(input: { displayName?: string; email?: string; mobile?: string; password?: string }) {
    return this.gql<{ signUp: { verificationId: string; sentTo: string } }>(
      "mutation($input: SignUpInput!) { signUp(input: $input) { verificationId sentTo } }",
      { input: { displayName: "Robin", password: "a long enough password", ...input } },
    );
  }

  /**
   * Signs up as a person would: asks for a code, reads it from the development
   * outbox, and confirms it, which signs in. Answers in the old one-step shape
   * (`data.signUp`), with the first step's errors if it failed.
   */
  async signUp(input: { displayName?: string; email?: string; mobile?: string; password?: string }) {
    const started = await this.startSignUp(input);
    if (!started.data?.signUp) return { ...started, data: null } as GraphQLResult<{ signUp: { id: string } }>;
    const code = await this.helpers?.latestCode(input.email || input.mobile || "");
    const confirmed = await this.gql<{ confirmSignUp: { id: string; displayName: string } }>(
      "mutation($v: ID!, $c: String!) { confirmSignUp(verificationId: $v, code: $c) { id displayName } }",
      { v: started.data.signUp.verificationId, c: code ?? "000000" },
    );
    return {
      status: confirmed.status,
      headers: confirmed.headers,
      errors: confirmed.errors,
      data: confirmed.data ? { signUp: confirmed.data.confirmSignUp } : null,
    };
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

let addressesHandedOut = 0;
/**
 * A client from a network address no other client in this process has used, so
 * the per-address throttles one test fills never refuse the next test's calls.
 */
export function clientFromNewAddress(app: Pick<TestAppHandle, "client">) {
  const client = app.client();
  addressesHandedOut++;
  client.address = `198.18.${Math.floor(addressesHandedOut / 250)}.${(addressesHandedOut % 250) + 1}`;
  return client;
}
