// Trusted documents (docs/decisions/019-trusted-documents.md): with trusted-only on,
// the API runs the web client's own documents by id and nothing else; the committed
// manifest holds exactly the operations exported by web/src/graphql.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createApp } from "@kinship/api/app";
import { trustedDocumentsOnlyFromEnv } from "@kinship/api/graphql/trusted-documents";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MeQuery, SignInMutation, SignOutMutation } from "../../web/src/graphql/accounts";
import { OrganisationsQuery } from "../../web/src/graphql/organisations";
import {
  documentIdOf,
  documentIdOfText,
  manifestFileText,
  printDocument,
  trustedDocumentsManifest,
} from "../../web/src/lib/trusted-documents";
import { countRows, errorCodes, type GraphQLResult, type TestAppHandle, TestClient, testApp } from "../support/app";
import { createPerson, defaultPassword } from "../support/factories";

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const manifestPath = repo("api/src/graphql/trusted-documents.json");
const committedText = readFileSync(manifestPath, "utf8");

// One document over the depth limit, added to the manifest for this file only (see
// "limits"): our real documents are all within the limits, so none can show that the
// limits still apply to documents sent by id.
const tooDeep = vi.hoisted(() => ({
  text: `query TooDeep { organisations { ${"members { organisation { ".repeat(6)}id${" }".repeat(13)} }`,
  id: "",
}));
vi.mock("../../api/src/graphql/trusted-documents.json", async (importOriginal) => {
  const { documentIdOfText: idOf } = await import("../../web/src/lib/trusted-documents");
  const real = ((await importOriginal()) as { default: Record<string, string> }).default;
  tooDeep.id = await idOf(tooDeep.text);
  return { default: { ...real, [tooDeep.id]: tooDeep.text } };
});

let t: TestAppHandle;
let trustedApp: ReturnType<typeof createApp>;
beforeAll(async () => {
  t = await testApp();
  trustedApp = createApp({
    getDb: () => t.db,
    getCipher: async () => t.cipher,
    getClientAddress: () => "192.0.2.1",
    isProduction: true,
    trustedDocumentsOnly: true,
  });
});
afterAll(() => t.close());

/** A browser-like client of the trusted-only app that sends ids, as the web client does. */
class TrustedClient extends TestClient {
  constructor() {
    super(trustedApp);
  }
  async byId<T = Record<string, unknown>>(documentId: string, variables: Record<string, unknown> = {}) {
    const response = await this.raw({ documentId, variables });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = ""] = setCookie.split(";");
      if (pair.split("=")[0]?.endsWith("kinship_session")) this.cookie = pair.endsWith("=") ? null : pair;
    }
    return { status: response.status, ...((await response.json()) as GraphQLResult<T>) };
  }
}

const signedUpPerson = async () => {
  const person = await createPerson(t.db);
  return { ...person, identifier: person.email! };
};

/** No internals in an error: no stack, no echo of what was sent. */
function expectPlainRefusal(result: GraphQLResult, code: string, sent: string) {
  expect(errorCodes(result)).toEqual([code]);
  expect(result.data ?? null).toBeNull();
  const text = JSON.stringify(result.errors);
  expect(text).not.toContain(sent);
  expect(text).not.toMatch(/stack|\.ts:\d|at [A-Za-z]+ \(/);
}

describe("with trusted documents only", () => {
  it("runs the web client's documents by id, signed in and out", async () => {
    const person = await signedUpPerson();
    const client = new TrustedClient();
    const signIn = await client.byId(await documentIdOf(SignInMutation), {
      input: { identifier: person.identifier, password: defaultPassword },
    });
    expect(signIn.errors).toBeUndefined();
    expect(client.cookie).not.toBeNull();
    const me = await client.byId<{ me: { id: string } }>(await documentIdOf(MeQuery));
    expect(me.data?.me.id).toBe(person.id);
    expect((await client.byId(await documentIdOf(SignOutMutation))).errors).toBeUndefined();
    expect((await client.byId<{ me: null }>(await documentIdOf(MeQuery))).data?.me).toBeNull();
  });

  it("refuses an unknown or malformed id with a plain 400, running nothing", async () => {
    const client = new TrustedClient();
    const unknown = `sha256:${"0".repeat(64)}`;
    for (const documentId of [unknown, "sha256:not-hex", "OrganisationsQuery", 42, { id: unknown }]) {
      const response = await client.raw({ documentId, variables: {} });
      expect(response.status, String(documentId)).toBe(400);
      expectPlainRefusal((await response.json()) as GraphQLResult, "PERSISTED_DOCUMENT_NOT_FOUND", unknown);
    }
  });

  it("refuses operation text, even text that is in the manifest, and runs none of it", async () => {
    const client = new TrustedClient();
    const people = await countRows(t.db, "people");
    const signUp = 'mutation { signUp(input: { displayName: "Eve", password: "a long enough password" }) { id } }';
    const manifestText = printDocument(OrganisationsQuery);
    const bodies = [
      { query: signUp },
      { query: manifestText },
      { query: manifestText, documentId: await documentIdOf(OrganisationsQuery) },
      { query: "{ __schema { types { name } } }" },
      {},
    ];
    for (const body of bodies) {
      const response = await client.raw(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expectPlainRefusal((await response.json()) as GraphQLResult, "PERSISTED_DOCUMENT_REQUIRED", "signUp");
    }
    expect(await countRows(t.db, "people")).toBe(people);
  });

  it("runs a query by id over GET, and never a mutation", async () => {
    const organisations = await trustedApp.request(
      `http://localhost/graphql?documentId=${await documentIdOf(OrganisationsQuery)}`,
      { headers: { accept: "application/graphql-response+json" } },
    );
    expect(organisations.status).toBe(200);
    expect(((await organisations.json()) as GraphQLResult).errors).toBeUndefined();

    const person = await signedUpPerson();
    const variables = encodeURIComponent(
      JSON.stringify({ input: { identifier: person.identifier, password: defaultPassword } }),
    );
    const sessionsBefore = await countRows(t.db, "sessions");
    const signIn = await trustedApp.request(
      `http://localhost/graphql?documentId=${await documentIdOf(SignInMutation)}&variables=${variables}`,
      { headers: { accept: "application/graphql-response+json" } },
    );
    expect(signIn.status).toBe(405);
    expect(signIn.headers.get("set-cookie")).toBeNull();
    expect(await countRows(t.db, "sessions")).toBe(sessionsBefore);
  });

  it("applies the request limits to documents sent by id", async () => {
    const client = new TrustedClient();
    const result = await client.byId(tooDeep.id);
    expect(errorCodes(result)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(result.errors?.[0]?.message).toBe("This request asks for too much at once.");
  });
});

describe("with trusted documents off (development and the test suite)", () => {
  it("runs operation text and ids alike", async () => {
    const client = t.client();
    const byText = await client.gql<{ organisations: unknown[] }>(printDocument(OrganisationsQuery));
    expect(byText.errors).toBeUndefined();
    const byId = await client.raw({ documentId: await documentIdOf(OrganisationsQuery) });
    const byIdResult = (await byId.json()) as GraphQLResult<{ organisations: unknown[] }>;
    expect(byIdResult.data?.organisations).toEqual(byText.data?.organisations);
  });

  it("still refuses an unknown id rather than guessing", async () => {
    const response = await t.client().raw({ documentId: `sha256:${"f".repeat(64)}` });
    expect(response.status).toBe(400);
    expect(errorCodes((await response.json()) as GraphQLResult)).toEqual(["PERSISTED_DOCUMENT_NOT_FOUND"]);
  });
});

describe("KINSHIP_TRUSTED_DOCUMENTS_ONLY", () => {
  it("defaults to on in production, and a typo stops start-up", () => {
    expect(trustedDocumentsOnlyFromEnv(undefined, true)).toBe(true);
    expect(trustedDocumentsOnlyFromEnv(undefined, false)).toBe(false);
    expect(trustedDocumentsOnlyFromEnv("false", true)).toBe(false);
    expect(trustedDocumentsOnlyFromEnv("true", false)).toBe(true);
    expect(() => trustedDocumentsOnlyFromEnv("yes", true)).toThrow(/must be "true" or "false"/);
  });
});

describe("the manifest", () => {
  const operationsDir = repo("web/src/graphql");
  const operationFiles = readdirSync(operationsDir).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));

  it("holds every operation web/src/graphql exports, and nothing else", async () => {
    const modules = await Promise.all(
      operationFiles.map((file) => import(`${operationsDir}/${file}`) as Promise<Record<string, unknown>>),
    );
    const generated = await trustedDocumentsManifest(modules);
    expect(Object.keys(generated).length).toBeGreaterThan(100);
    const committed = JSON.parse(committedText) as Record<string, string>;
    expect(Object.keys(committed).sort()).toEqual(Object.keys(generated).sort());
    expect(committedText).toBe(manifestFileText(generated));
    for (const [id, text] of Object.entries(committed)) expect(await documentIdOfText(text)).toBe(id);
  });

  it("is checked by `pnpm trusted-documents --check`", () => {
    const output = execFileSync("node", [repo("web/scripts/trusted-documents.mjs"), "--check"], {
      cwd: repo("web"),
      encoding: "utf8",
    });
    expect(output).toMatch(/matches web\/src\/graphql \(\d+ operations\)/);
  });

  // The manifest can only hold what the generator sees: documents written anywhere
  // else, or not exported, would be sent by the client and refused in production.
  it("sees every document: each graphql() call is an exported constant in web/src/graphql", () => {
    const call = /graphql\(/g;
    const declared = /(export\s+)?const\s+\w+\s*=\s*graphql\(\s*`\s*(\w+|\{)/g;
    for (const file of operationFiles) {
      const source = readFileSync(`${operationsDir}/${file}`, "utf8").replace(/^\s*\/\/.*$/gm, "");
      const declarations = [...source.matchAll(declared)];
      expect(declarations.length, `${file}: a graphql() call that is not \`const X = graphql(\`…\`)\``).toBe(
        source.match(call)?.length ?? 0,
      );
      for (const [text, exported, keyword] of declarations) {
        // A fragment kept private is fine: it is only ever sent inside an operation.
        if (keyword !== "fragment") expect(exported, `${file}: not exported: ${text}`).toBeTruthy();
      }
    }
    const web = repo("web/src");
    for (const file of readdirSync(web, { recursive: true, encoding: "utf8" })) {
      if (!/\.tsx?$/.test(file) || file.startsWith("graphql/") || file.endsWith(".test.ts")) continue;
      const source = readFileSync(`${web}/${file}`, "utf8");
      expect(source, `${file} calls graphql()`).not.toMatch(/\bgraphql\(/);
      if (file === "lib/graphql-client.ts") continue;
      expect(source, `${file} talks to /graphql itself`).not.toMatch(/["'`]\/graphql\b/);
      if (file === "lib/trusted-documents.ts") continue;
      expect(source, `${file} prints or parses documents`).not.toMatch(/from "(@0no-co\/graphql\.web|graphql)"/);
    }
  });
});
