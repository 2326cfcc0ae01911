// Peer mentoring in a real browser: a member asks for a mentor with the form, a
// coordinator (with a second factor) opens the waiting list and the shortlist,
// reads why a mentor fits and approves them, the mentor says yes, and the member
// sees they're matched. Then the rest of the pages: a volunteer's profile, a
// coordinator recording a check and changing a role, a person choosing between
// two mentors (and ruling one out), suggestions for a whole waiting list, and a
// mentor moving a match along. No accessibility violations, no console errors.
import { type Database, openDatabase, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { browserAgainstServer, setUpAuthenticatorApp } from "../support/browser";
import { createPerson } from "../support/factories";
import { createMentorProfile, createMentorRequest, vetMentor } from "../support/mentoring-factories";
import { expectNoAccessibilityViolations, signIn, signOut } from "./steps";

const app = browserAgainstServer();

const training = ["induction", "safeguarding", "boundaries", "naloxone"];

type Role = "member" | "volunteer" | "peer_mentor" | "coordinator";

/** Runs `build` with a connection to the test server's database, and the id of the demo organisation `slug`. */
async function withDatabase<T>(slug: string, build: (db: Database, organisationId: string) => Promise<T>) {
  const { db, close } = await openDatabase({ url: app.databaseUrl() });
  try {
    const [organisation] = await db.select().from(schema.organisations).where(eq(schema.organisations.slug, slug));
    return await build(db, organisation!.id);
  } finally {
    close();
  }
}

/** Someone in the organisation, with the name people would use. */
async function createNamed(db: Database, organisationId: string, displayName: string, role: Role) {
  const created = await createPerson(db, { memberships: [{ organisationId, role }] });
  await db.update(schema.people).set({ displayName }).where(eq(schema.people.id, created.id));
  return { ...created, displayName };
}

/** A peer mentor whose checks are all current. */
async function createVettedMentor(db: Database, organisationId: string, displayName: string) {
  const mentor = await createNamed(db, organisationId, displayName, "peer_mentor");
  const profile = await createMentorProfile(db, mentor.id, organisationId);
  await vetMentor(db, profile.id, training);
  return mentor;
}

async function askForMentor(page: Page) {
  await page.getByRole("link", { name: "Ask for a mentor at Irwell Recovery Service" }).click();
  await page.getByRole("heading", { level: 1, name: "Ask for a mentor" }).waitFor();
  await page.getByText("a nickname is fine").waitFor();
  // Asking with nothing filled in says what's missing, and each problem leads to its question.
  await page.getByRole("button", { name: "Ask for a mentor" }).click();
  await page.getByRole("heading", { name: "There is a problem" }).waitFor();
  await page.getByRole("link", { name: /thing you'd like help with/ }).click();
  expect(await page.getByRole("checkbox", { name: "Housing" }).evaluate((box) => box === document.activeElement)).toBe(
    true,
  );
  await page.getByRole("checkbox", { name: "Going to mutual aid meetings" }).check();
  await page.getByRole("checkbox", { name: "Confidence" }).check();
  await page.getByRole("checkbox", { name: "Alcohol" }).check();
  await page.getByRole("checkbox", { name: "In person" }).check();
  await page.getByRole("checkbox", { name: "Monday afternoon" }).check();
  await page.getByRole("checkbox", { name: "Thursday afternoon" }).check();
  await page.getByLabel("Your town, or the first half of your postcode (optional)").fill("Bury");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Ask for a mentor" }).click();
  await page.getByRole("heading", { level: 1, name: "My mentoring" }).waitFor();
  await page.getByText("Thank you. Irwell Recovery Service will find you a mentor.").waitFor();
  await page.getByRole("heading", { name: "We're finding you a mentor" }).waitFor();
  await expectNoAccessibilityViolations(page);
}

test("a member asks for a mentor, a coordinator approves one, the mentor says yes", async () => {
  const { member, mentor, coordinator } = await withDatabase("irwell-recovery-service", async (db, organisationId) => ({
    member: await createNamed(db, organisationId, "Robbie", "member"),
    mentor: await createVettedMentor(db, organisationId, "Maggie"),
    coordinator: await createNamed(db, organisationId, "Cath (coordinator)", "coordinator"),
  }));
  const asking = await app.openPage();
  const staff = await app.openPage();
  const mentoring = await app.openPage();
  for (const { page } of [asking, staff, mentoring]) page.setDefaultTimeout(10_000);
  try {
    await signIn(asking.page, member.email, member.password);
    await asking.page.waitForURL("**/home");
    await askForMentor(asking.page);

    // The coordinator is asked to confirm it's them before seeing the waiting list.
    const { page } = staff;
    await signIn(page, coordinator.email, coordinator.password);
    await page.waitForURL("**/home");
    await page.getByRole("link", { name: "Approve matches at Irwell Recovery Service" }).click();
    await page.getByRole("heading", { level: 1, name: "Confirm it's you first" }).waitFor();
    await setUpAuthenticatorApp(page);
    await page.getByRole("link", { name: "Approve matches at Irwell Recovery Service" }).click();
    await page.getByRole("heading", { level: 1, name: "Mentoring at Irwell Recovery Service" }).waitFor();
    await page.getByRole("heading", { level: 3, name: member.displayName }).waitFor();
    await expectNoAccessibilityViolations(page);

    await page.getByRole("link", { name: `Shortlist for ${member.displayName}` }).click();
    await page.getByRole("heading", { level: 1, name: `Shortlist for ${member.displayName}` }).waitFor();
    const entry = page.locator(".shortlist-entry").filter({ hasText: mentor.displayName });
    await entry.getByText(/mutual aid/).waitFor();
    await page.getByText("the mentor can say no").waitFor();
    await expectNoAccessibilityViolations(page);
    await entry.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Approve and offer" }).click();
    await page
      .getByText(`We've asked ${mentor.displayName} if they can mentor ${member.displayName}.`, { exact: false })
      .waitFor();

    // While the mentor decides, the member knows who has been asked.
    await asking.page.reload();
    await asking.page.getByRole("heading", { name: `Waiting for ${mentor.displayName} to say yes` }).waitFor();

    // The mentor reads what the member asked for, and says yes.
    await signIn(mentoring.page, mentor.email, mentor.password);
    await mentoring.page.waitForURL("**/home");
    await mentoring.page.getByRole("link", { name: "My mentoring" }).click();
    const proposal = mentoring.page.getByRole("region", { name: `Would you mentor ${member.displayName}?` });
    await proposal.getByText("Going to mutual aid meetings and Confidence").waitFor();
    await expectNoAccessibilityViolations(mentoring.page);
    await proposal.getByRole("button", { name: `Yes, I'll mentor ${member.displayName}` }).click();
    await mentoring.page
      .getByText(`Thank you for saying yes. Get in touch with ${member.displayName} to arrange your first meeting.`)
      .waitFor();
    await mentoring.page.getByRole("heading", { level: 3, name: member.displayName }).waitFor();

    await asking.page.reload();
    await asking.page.getByRole("heading", { name: `You're matched with ${mentor.displayName}` }).waitFor();
    await asking.page.getByRole("link", { name: `Your meetings with ${mentor.displayName}` }).waitFor();
    await expectNoAccessibilityViolations(asking.page);

    for (const { problems } of [asking, staff, mentoring]) expect(problems).toEqual([]);
  } finally {
    await Promise.all([asking.close(), staff.close(), mentoring.close()]);
  }
}, 120_000);

/** Today's date in the UK, and a date some weeks on, as date inputs take them. */
const ukDate = (weeksOn = 0) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(
    new Date(Date.now() + weeksOn * 7 * 86_400_000),
  );

test("profiles, checks and roles; choosing between mentors; a whole waiting list; a match's changes", async () => {
  const people = await withDatabase("bury-recovery-community", async (db, organisationId) => {
    const asking = async (displayName: string, daysAgo: number) => {
      const person = await createNamed(db, organisationId, displayName, "member");
      const createdAt = new Date(Date.now() - daysAgo * 86_400_000);
      await createMentorRequest(db, person.id, organisationId, { createdAt, updatedAt: createdAt });
      return person;
    };
    return {
      wendy: await asking("Wendy", 20),
      will: await asking("Will", 3),
      ange: await createVettedMentor(db, organisationId, "Ange"),
      bez: await createVettedMentor(db, organisationId, "Bez"),
      vic: await createNamed(db, organisationId, "Vic", "volunteer"),
      mel: await createNamed(db, organisationId, "Mel", "member"),
      coordinator: await createNamed(db, organisationId, "Pat (coordinator)", "coordinator"),
    };
  });
  const { wendy, ange, bez, vic, coordinator } = people;
  const pages = await Promise.all([app.openPage(), app.openPage(), app.openPage()]);
  const [volunteer, staff, person] = pages.map(({ page }) => page) as [Page, Page, Page];
  for (const page of [volunteer, staff, person]) page.setDefaultTimeout(10_000);
  try {
    // A volunteer starts their profile; they are not cleared until a coordinator records their checks.
    await signIn(volunteer, vic.email, vic.password);
    await volunteer.getByRole("link", { name: "My mentoring" }).click();
    await volunteer.getByRole("link", { name: "Your mentor profile and checks" }).click();
    await volunteer.getByRole("heading", { level: 1, name: "Your mentor profile" }).waitFor();
    await volunteer.getByLabel("Introduce yourself").fill("Four years sober. I know the housing office inside out.");
    await volunteer.getByRole("checkbox", { name: "Housing", exact: true }).check();
    await volunteer.getByLabel("Who can see this: your gender").selectOption("MY_MENTEES");
    await volunteer.getByRole("checkbox", { name: "Tuesday evening" }).check();
    await expectNoAccessibilityViolations(volunteer);
    await volunteer.getByRole("button", { name: "Save your profile" }).click();
    await volunteer.getByText("Your profile is saved.").waitFor();
    await volunteer.getByRole("heading", { name: "Not cleared to mentor" }).waitFor();
    expect(await volunteer.getByLabel("Who can see this: your gender").inputValue()).toBe("MY_MENTEES");

    // The coordinator records a check for the volunteer and makes a member a volunteer.
    await signIn(staff, coordinator.email, coordinator.password);
    await staff.waitForURL("**/home");
    await setUpAuthenticatorApp(staff);
    await staff.getByRole("link", { name: "Vet mentors at Bury Recovery Community" }).click();
    await staff.getByRole("heading", { level: 1, name: "Mentors and vetting" }).waitFor();
    const vicsCard = staff.getByRole("listitem").filter({ has: staff.getByRole("heading", { name: "Vic" }) });
    await vicsCard.getByRole("heading", { name: "Not cleared to mentor" }).waitFor();
    await vicsCard.getByText("Record a check").click();
    await vicsCard.getByLabel("Which check?").selectOption({ label: "Training: Safeguarding adults and children" });
    await vicsCard.getByLabel("Done on").fill(ukDate());
    await expectNoAccessibilityViolations(staff);
    await vicsCard.getByRole("button", { name: "Record the check for Vic" }).click();
    await staff.getByText("The check for Vic is recorded.").waitFor();
    await vicsCard.getByText("Checks on record (1)").click();
    await vicsCard.getByText(/^Safeguarding adults and children: Satisfactory/).waitFor();
    await staff.getByRole("button", { name: "Show members to change a role" }).click();
    await staff.getByLabel("Mel", { exact: true }).selectOption("VOLUNTEER");
    await staff.getByRole("button", { name: "Change role of Mel" }).click();
    await staff.getByText("Mel is now a volunteer.").waitFor();

    // Two mentors offered to Wendy, who waited longest; the rest of the list suggested at once.
    await staff.getByRole("link", { name: "Waiting list and matches" }).click();
    await staff.getByRole("heading", { level: 2, name: /^Waiting for a mentor/ }).waitFor();
    // The demo town has people waiting too: oldest first, whoever they are.
    const waiting = await staff.locator(".waiting-list h3").allInnerTexts();
    expect(waiting.indexOf("Wendy")).toBeGreaterThanOrEqual(0);
    expect(waiting.indexOf("Wendy")).toBeLessThan(waiting.indexOf("Will"));
    await staff.getByRole("link", { name: "Shortlist for Wendy" }).click();
    await staff.getByRole("checkbox", { name: /^Ange/ }).check();
    await staff.getByRole("checkbox", { name: /^Bez/ }).check();
    await staff.getByRole("button", { name: "Approve and offer" }).click();
    await staff.getByText(/^We've offered (Ange and Bez|Bez and Ange) to Wendy/).waitFor();
    await staff.getByRole("link", { name: "Back to the waiting list" }).click();
    await staff.getByRole("button", { name: "Suggest matches" }).click();
    await staff.getByText(/^Together these pairs fit with a total score of/).waitFor();
    await expectNoAccessibilityViolations(staff);
    // Every pair starts ticked; offer only Will's.
    const pairs = staff.getByRole("group", { name: "Which pairs would you like to offer?" }).getByRole("checkbox");
    for (const pair of await pairs.all()) await pair.uncheck();
    await staff.getByRole("checkbox", { name: /^Will with/ }).check();
    await staff.getByRole("button", { name: "Offer the ticked matches" }).click();
    await staff.getByText("1 match is offered.").waitFor();
    await staff.getByRole("link", { name: "Shortlist for Will" }).waitFor({ state: "detached" });

    // Wendy rules one mentor out and chooses the other.
    await signIn(person, wendy.email, wendy.password);
    await person.getByRole("link", { name: "My mentoring" }).click();
    await person.getByRole("heading", { name: "Choose your mentor" }).waitFor();
    const angeCard = person.getByRole("article", { name: ange.displayName });
    await angeCard.getByText("Six years in recovery. I like walking and a brew.").waitFor();
    await expectNoAccessibilityViolations(person);
    await angeCard.getByText("I don't want to be matched with this person").click();
    await angeCard.getByRole("button", { name: `Don't match me with ${ange.displayName}` }).click();
    await person.getByText(`We won't suggest ${ange.displayName} to you again.`).waitFor();
    await person.getByRole("button", { name: `Choose ${bez.displayName}` }).click();
    await person.getByRole("heading", { name: `Waiting for ${bez.displayName} to say yes` }).waitFor();

    // Bez says yes, starts, pauses, carries on and plans an ending.
    await signOut(volunteer);
    await signIn(volunteer, bez.email, bez.password);
    await volunteer.getByRole("link", { name: "My mentoring" }).click();
    await volunteer.getByRole("button", { name: "Yes, I'll mentor Wendy" }).click();
    const wendysCard = volunteer.getByRole("region", { name: "Wendy", exact: true });
    await wendysCard.getByRole("button", { name: "We've had our first meeting" }).click();
    await volunteer.getByText("Your mentoring with Wendy has started.").waitFor();
    await wendysCard.getByRole("button", { name: "Pause for now with Wendy" }).click();
    await volunteer.getByText("Your meetings with Wendy are paused.").waitFor();
    await wendysCard.getByRole("button", { name: "Carry on meeting with Wendy" }).click();
    await volunteer.getByText("Your meetings with Wendy have started again.").waitFor();
    await wendysCard.getByText("Plan an ending, or end it now").click();
    await wendysCard.getByLabel("Planned last meeting").fill(ukDate(8));
    await expectNoAccessibilityViolations(volunteer);
    await wendysCard.getByRole("button", { name: "Plan the ending" }).click();
    await volunteer.getByText("You've planned to finish with Wendy.", { exact: false }).waitFor();
    await wendysCard.getByText(/^Planned to finish on /).waitFor();

    await person.reload();
    await person.getByRole("heading", { name: `You're matched with ${bez.displayName}` }).waitFor();
    await person.getByText(/^You plan to finish on /).waitFor();

    for (const { problems } of pages) expect(problems).toEqual([]);
  } finally {
    await Promise.all(pages.map(({ close }) => close()));
  }
}, 180_000);
