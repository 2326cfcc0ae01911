// Cost of an authenticated GraphQL request (session check + viewer's roles +
// a nested query) relative to the cheapest request the app serves (/health),
// both through the real app and a real database file.
import { bench, describe } from "vitest";
import { testApp } from "../support/app";
import { createOrganisation, createPerson, defaultPassword } from "../support/factories";

const t = await testApp();
const organisation = await createOrganisation(t.db);
const person = await createPerson(t.db, { memberships: [{ organisationId: organisation.id, role: "coordinator" }] });
const browser = t.client();
await browser.signIn(person.email, defaultPassword);
await browser.enrolTotp();

const meQuery = "{ me { displayName memberships { role organisation { name town } } } }";
const membersQuery = `{ organisation(slug: "${organisation.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}") { members { role person { displayName } } } }`;

describe("one request through the app", () => {
  bench("baseline: GET /health (one trivial SQL statement)", async () => {
    await t.app.request("http://localhost/health");
  });
  bench("signed-in `me` with memberships and organisations", async () => {
    await browser.gql(meQuery);
  });
  bench("coordinator reads their organisation's members", async () => {
    await browser.gql(membersQuery);
  });
});
