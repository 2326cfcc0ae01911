// The coordination pages of peer mentoring in a real browser: an admin changes
// the organisation's mentoring rules and match weights (and is told plainly what
// is wrong), a coordinator reads them but cannot change them; a keyworker asks
// for a mentor on a member's behalf, and records that the member must never be
// matched with a mentor they know, who then drops out of the shortlist with the
// reason. No accessibility violations, no console errors.
import { type Database, openDatabase, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { browserAgainstServer, setUpAuthenticatorApp } from "../support/browser";
import { createOrganisation, createPerson } from "../support/factories";
import { createMentorProfile, vetMentor } from "../support/mentoring-factories";
import { expectNoAccessibilityViolations, signIn } from "./steps";

const app = browserAgainstServer();

const training = ["induction", "safeguarding", "boundaries", "naloxone"];

type Role = "member" | "peer_mentor" | "coordinator" | "admin";

/** Runs `build` with a connection to the test server's database and a new organisation of its own. */
async function withOrganisation<T>(
  name: string,
  build: (db: Database, organisationId: string) => Promise<T>,
): Promise<T & { slug: string; organisationId: string }> {
  const { db, close } = await openDatabase({ url: app.databaseUrl() });
  try {
    const organisation = await createOrganisation(db, { name });
    const built = await build(db, organisation.id);
    return { ...built, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"), organisationId: organisation.id };
  } finally {
    close();
  }
}

async function readDatabase<T>(read: (db: Database) => Promise<T>) {
  const { db, close } = await openDatabase({ url: app.databaseUrl() });
  try {
    return await read(db);
  } finally {
    close();
  }
}

async function createNamed(db: Database, organisationId: string, displayName: string, role: Role) {
  const created = await createPerson(db, { memberships: [{ organisationId, role }] });
  await db.update(schema.people).set({ displayName }).where(eq(schema.people.id, created.id));
  return { ...created, displayName };
}

async function createVettedMentor(db: Database, organisationId: string, displayName: string) {
  const mentor = await createNamed(db, organisationId, displayName, "peer_mentor");
  const profile = await createMentorProfile(db, mentor.id, organisationId);
  await vetMentor(db, profile.id, training);
  return mentor;
}

/** Signs in and confirms a second factor, as staff must before seeing anyone's details. */
async function signInAsStaff(page: Page, person: { email: string; password: string }) {
  await signIn(page, person.email, person.password);
  await page.waitForURL("**/home");
  await setUpAuthenticatorApp(page);
}

test("an admin changes the mentoring rules and weights; a coordinator can only read them", async () => {
  const { admin, coordinator, slug, organisationId } = await withOrganisation(
    "Settings Recovery Hub",
    async (db, organisationId) => ({
      admin: await createNamed(db, organisationId, "Ash (admin)", "admin"),
      coordinator: await createNamed(db, organisationId, "Cath (coordinator)", "coordinator"),
    }),
  );
  const admins = await app.openPage();
  const coordinators = await app.openPage();
  const pages = [admins, coordinators];
  for (const { page } of pages) page.setDefaultTimeout(10_000);
  try {
    const { page } = admins;
    await signInAsStaff(page, admin);
    await page.goto(`/organisations/${slug}/mentoring/settings`);
    await page.getByRole("heading", { level: 1, name: "Mentoring settings" }).waitFor();
    // Each weight says in a sentence what it means for a match.
    await page.getByText("They are usually free at the same times of the week.").waitFor();
    expect(await page.getByLabel("Help with what they need").inputValue()).toBe("3");
    await expectNoAccessibilityViolations(page);

    // Wrong answers are listed at the top, each leading to its field.
    const safeguarding = page.getByRole("group", { name: "Safeguarding adults and children" });
    await safeguarding.getByLabel("Name", { exact: true }).fill("");
    await page.getByLabel("Help with what they need").fill("11");
    await page.getByRole("button", { name: "Save the settings" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    await page.getByRole("link", { name: "Give the training a name." }).waitFor();
    await page.getByRole("link", { name: "to 10 (counts most)." }).click();
    expect(
      await page.getByLabel("Help with what they need").evaluate((input) => input === document.activeElement),
    ).toBe(true);
    await expectNoAccessibilityViolations(page);
    // A number left empty is caught before anything is sent.
    await page.getByLabel("Supervision at least every … days").fill("");
    await page.getByRole("button", { name: "Save the settings" }).click();
    await page.getByRole("link", { name: "Give the days between supervision sessions as a whole number." }).waitFor();

    // Rename one module, say another never runs out, remove one, add one; change the checks and weights.
    await safeguarding.getByLabel("Name", { exact: true }).fill("Safeguarding (adults and children)");
    const boundaries = page.getByRole("group", { name: "Boundaries and confidentiality" });
    await boundaries.getByLabel("It never runs out").check();
    expect(await boundaries.getByLabel("Months it stays current").count()).toBe(0);
    await page.getByRole("button", { name: "Remove Overdose awareness and naloxone" }).click();
    await page.getByRole("button", { name: "Add training" }).click();
    const added = page.getByRole("group", { name: "New training 1" });
    await added.getByLabel("Name", { exact: true }).fill("Suicide awareness");
    await added.getByLabel("Months it stays current").fill("12");
    await page.getByLabel("Mentors need a DBS check (a criminal records check)").uncheck();
    await page.getByLabel("References each mentor needs").fill("1");
    await page.getByLabel("Supervision at least every … days").fill("28");
    await page.getByLabel("Help with what they need").fill("8");
    await page.getByLabel("Living near each other").fill("0");
    await page.getByRole("button", { name: "Save the settings" }).click();
    await page.getByText("The mentoring settings are saved.", { exact: false }).waitFor();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor({ state: "detached" });

    const [saved] = await readDatabase((db) =>
      db.select().from(schema.mentoringSettings).where(eq(schema.mentoringSettings.organisationId, organisationId)),
    );
    expect(saved?.requiredTraining).toEqual([
      { code: "induction", name: "Peer mentoring induction", validForMonths: null },
      { code: "safeguarding", name: "Safeguarding (adults and children)", validForMonths: 36 },
      { code: "boundaries", name: "Boundaries and confidentiality", validForMonths: null },
      { code: "suicide-awareness", name: "Suicide awareness", validForMonths: 12 },
    ]);
    expect(saved).toMatchObject({
      isCriminalRecordsCheckRequired: false,
      referencesRequired: 1,
      supervisionEveryDays: 28,
      weights: { sharedExperience: 3, pathway: 2, needs: 8, distance: 0, availability: 2, caseload: 1 },
    });
    // What is saved is what the page shows when it is opened again.
    await page.reload();
    await page.getByRole("group", { name: "Suicide awareness" }).waitFor();
    expect(await page.getByLabel("Help with what they need").inputValue()).toBe("8");
    expect(await page.getByLabel("Mentors need a DBS check (a criminal records check)").isChecked()).toBe(false);

    // A coordinator reads the rules, from the mentoring pages' links, but cannot change them.
    const staff = coordinators.page;
    await signInAsStaff(staff, coordinator);
    await staff.goto(`/organisations/${slug}/mentoring`);
    await staff.getByRole("link", { name: "Mentoring settings" }).click();
    await staff.getByRole("heading", { level: 1, name: "Mentoring settings" }).waitFor();
    await staff.getByText("Only administrators of Settings Recovery Hub can change these settings.").waitFor();
    await staff.getByText("Suicide awareness: stays current for 12 months").waitFor();
    await staff.getByText("Boundaries and confidentiality: never runs out").waitFor();
    await staff.getByText("Help with what they need: 8 out of 10").waitFor();
    await staff.getByText("At least every 28 days (4 weeks)").waitFor();
    expect(await staff.getByRole("button", { name: "Save the settings" }).count()).toBe(0);
    expect(await staff.getByRole("textbox").count()).toBe(0);
    await expectNoAccessibilityViolations(staff);

    for (const { problems } of pages) expect(problems).toEqual([]);
  } finally {
    await Promise.all(pages.map(({ close }) => close()));
  }
}, 120_000);

test("a keyworker asks for a mentor for a member, then keeps them apart from a mentor they know", async () => {
  const { coordinator, robbie, maggie, slug } = await withOrganisation(
    "Keyworkers Recovery Service",
    async (db, organisationId) => ({
      coordinator: await createNamed(db, organisationId, "Kay (keyworker)", "coordinator"),
      robbie: await createNamed(db, organisationId, "Robbie", "member"),
      maggie: await createVettedMentor(db, organisationId, "Maggie"),
      nell: await createVettedMentor(db, organisationId, "Nell"),
    }),
  );
  const staff = await app.openPage();
  const { page } = staff;
  page.setDefaultTimeout(10_000);
  try {
    await signInAsStaff(page, coordinator);
    await page.goto(`/organisations/${slug}/mentoring`);
    await page.getByRole("link", { name: "Ask for a mentor for someone" }).click();
    await page.getByRole("heading", { level: 1, name: "Ask for a mentor for someone" }).waitFor();
    await expectNoAccessibilityViolations(page);

    // Nothing chosen, nothing agreed: both are said, each leading to its question.
    await page.getByRole("button", { name: "Ask for a mentor for the person" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    await page.getByRole("link", { name: "Choose who you're asking for." }).waitFor();
    await page.getByRole("link", { name: "Ask the person first: they must agree to having a mentor." }).click();
    expect(
      await page.getByRole("checkbox", { name: /^I have asked/ }).evaluate((box) => box === document.activeElement),
    ).toBe(true);
    await expectNoAccessibilityViolations(page);

    await page.getByLabel("Who are you asking for?").selectOption({ label: "Robbie (member)" });
    await page.getByRole("checkbox", { name: "I have asked Robbie and they agree to having a mentor" }).check();
    // The same questions the person would answer themself; the API checks them.
    await page.getByRole("button", { name: "Ask for a mentor for Robbie" }).click();
    await page.getByRole("link", { name: /thing you'd like help with/ }).waitFor();
    await page.getByRole("checkbox", { name: "Confidence" }).check();
    await page.getByRole("checkbox", { name: "In person" }).check();
    await page.getByRole("checkbox", { name: "Tuesday afternoon" }).check();
    await page.getByLabel("Your town, or the first half of your postcode (optional)").fill("Bury");
    await page.getByRole("button", { name: "Ask for a mentor for Robbie" }).click();
    await page.getByText("Robbie is on the waiting list, marked as asked for by a keyworker.").waitFor();
    await expectNoAccessibilityViolations(page);

    const [asked] = await readDatabase((db) =>
      db.select().from(schema.mentorRequests).where(eq(schema.mentorRequests.personId, robbie.id)),
    );
    expect(asked).toMatchObject({ requestedByPersonId: coordinator.id, status: "waiting", needs: ["confidence"] });

    // On the waiting list, marked as asked for by a keyworker.
    await page.getByRole("link", { name: "See the waiting list" }).click();
    const card = page.locator(".waiting-list li").filter({ hasText: "Robbie" });
    await card.getByText("asked for them by a keyworker").waitFor();
    await page.getByRole("link", { name: "Shortlist for Robbie" }).click();
    await page.getByRole("heading", { level: 1, name: "Shortlist for Robbie" }).waitFor();
    await page.getByText("A keyworker asked for them, with their agreement.").waitFor();
    await page.getByRole("checkbox", { name: /^Maggie/ }).waitFor();

    // Robbie knows Maggie: the keyworker keeps them apart.
    await page.getByRole("button", { name: "Keep Robbie apart from…" }).click();
    await page.getByText("Robbie is not kept apart from anyone yet.").waitFor();
    await page.getByRole("button", { name: "Keep them apart" }).click();
    await page.getByRole("link", { name: "Choose who to keep them apart from." }).waitFor();
    await page.getByRole("link", { name: "Choose why they must be kept apart." }).waitFor();
    await expectNoAccessibilityViolations(page);
    await page.getByLabel("Keep Robbie apart from", { exact: true }).selectOption({ label: "Maggie (peer mentor)" });
    await page.getByRole("radio", { name: /^They know each other/ }).check();
    await page.getByRole("button", { name: "Keep them apart" }).click();
    await page.getByText("Maggie and Robbie will never be suggested to each other.").waitFor();

    // The shortlist loads again: Maggie is no longer offered, and the list of those who can't be says why.
    await page.getByRole("checkbox", { name: /^Maggie/ }).waitFor({ state: "detached" });
    await page.getByRole("checkbox", { name: /^Nell/ }).waitFor();
    await page.getByText(/^Mentors who can't be suggested/).click();
    await page
      .getByRole("listitem")
      .filter({
        hasText: "Maggie: They must not be matched: one of them has blocked the other, or they know each other.",
      })
      .waitFor();
    const keptApart = page.getByRole("region", { name: "Keep Robbie apart from someone" });
    await keptApart.getByRole("heading", { name: "Already kept apart from Robbie" }).waitFor();
    await keptApart
      .getByRole("listitem")
      .filter({ hasText: /^Maggie: they know each other/ })
      .waitFor();
    expect(
      await page.getByLabel("Keep Robbie apart from", { exact: true }).locator("option", { hasText: "Maggie" }).count(),
    ).toBe(0);
    await expectNoAccessibilityViolations(page);

    const exclusions = await readDatabase((db) =>
      db.select().from(schema.mentoringExclusions).where(eq(schema.mentoringExclusions.personId, robbie.id)),
    );
    expect(exclusions).toEqual([
      expect.objectContaining({ excludedPersonId: maggie.id, reason: "knows", recordedByPersonId: coordinator.id }),
    ]);

    expect(staff.problems).toEqual([]);
  } finally {
    await staff.close();
  }
}, 120_000);
