// The built web app against a server that runs trusted documents only (as production
// does): pages work, every GraphQL request carries a documentId from the committed
// manifest and no operation text, and a signed-in page cannot run text of its own.
import { readFileSync } from "node:fs";
import { demoPassword } from "@kinship/db/seed";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openPage } from "../support/browser";
import { launchBrowserAndOwnServer, type OwnServer } from "../support/own-server";
import { signIn, signOut } from "./steps";

const manifest = JSON.parse(
  readFileSync(new URL("../../api/src/graphql/trusted-documents.json", import.meta.url), "utf8"),
) as Record<string, string>;

let browser: Browser;
let server: OwnServer;
beforeAll(async () => {
  ({ browser, server } = await launchBrowserAndOwnServer({ seedDemo: true, trustedDocumentsOnly: true }));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface SeenRequest {
  body: Record<string, unknown>;
  status: number;
  codes: string[];
}

/** Every GraphQL request the page makes, with its answer's status and error codes. */
function watchGraphQL(page: Page) {
  const seen: Promise<SeenRequest>[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname !== "/graphql") return;
    seen.push(
      (async () => {
        const response = await request.response();
        const answer = (await response?.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
        return {
          body: request.postDataJSON() as Record<string, unknown>,
          status: response?.status() ?? 0,
          codes: (answer.errors ?? []).map((error) => error.extensions?.code ?? ""),
        };
      })(),
    );
  });
  return () => Promise.all(seen);
}

function expectOnlyTrustedDocuments(requests: SeenRequest[], atLeast: number) {
  const ids = new Set(requests.map((request) => request.body.documentId));
  expect(ids.size).toBeGreaterThanOrEqual(atLeast);
  for (const { body, status, codes } of requests) {
    expect(Object.keys(body).sort()).toEqual(["documentId", "variables"]);
    expect(Object.keys(manifest)).toContain(body.documentId);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(codes, JSON.stringify(body)).toEqual([]);
  }
}

test("a member's pages send only documents from the manifest", async () => {
  const { page, problems, close } = await openPage(browser, server.url);
  page.setDefaultTimeout(10_000);
  const requests = watchGraphQL(page);
  try {
    // Jay is one of the demo town's members.
    await signIn(page, "jay@demo.kinship.test", demoPassword);
    await page.waitForURL("**/home");
    await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
    await page.goto("/account");
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await page.goto("/account/reminders");
    await page.getByRole("heading", { level: 1, name: "Reminders" }).waitFor();
    await page.getByRole("button", { name: "Save reminder settings" }).waitFor();
    await page.goto("/account/privacy");
    await page.getByRole("heading", { level: 1, name: "Privacy and your data" }).waitFor();

    // A script running in a signed-in page (an injected one, say) can run only what
    // our pages run: operation text is refused, with the session cookie and all.
    const own = await page.evaluate(async () => {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ me { id email } }" }),
      });
      return { status: response.status, body: await response.json() };
    });
    expect(own.status).toBe(400);
    expect(own.body).toEqual({
      errors: [expect.objectContaining({ extensions: { code: "PERSISTED_DOCUMENT_REQUIRED" } })],
    });
    await signOut(page);

    const seen = await requests();
    // The page's own fetch above sent text on purpose; everything else came from the client.
    expectOnlyTrustedDocuments(
      seen.filter((request) => !("query" in request.body)),
      5,
    );
    expect(seen.filter((request) => "query" in request.body)).toHaveLength(1);
    expect(problems.filter((problem) => !problem.includes("400 (Bad Request)"))).toEqual([]);
  } finally {
    await close();
  }
});

test("a recovery champion's listings pages send only documents from the manifest", async () => {
  const { page, problems, close } = await openPage(browser, server.url);
  page.setDefaultTimeout(10_000);
  const requests = watchGraphQL(page);
  try {
    // Kerry is one of the demo town's recovery champions, for Bury Recovery Community.
    await signIn(page, "kerry@demo.kinship.test", demoPassword);
    await page.waitForURL("**/home");
    await page.getByRole("link", { name: "Listings of Bury Recovery Community" }).click();
    await page.getByRole("heading", { level: 1, name: "Listings of Bury Recovery Community" }).waitFor();
    await page.getByRole("link", { name: "Suggestions to check" }).click();
    await page.getByRole("heading", { level: 1, name: "Suggestions to check" }).waitFor();
    await signOut(page);

    expectOnlyTrustedDocuments(await requests(), 5);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
