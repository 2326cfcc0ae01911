// Every template, with ordinary and awkward names, never puts a banned word in a
// discreet message; the words that may name the service are only used by choice.
import { describe, expect, it } from "vitest";
import { bannedWordIn, bannedWords } from "./banned-words";
import { type ReminderTemplateName, reminderSubject, reminderTemplates } from "./templates";

const at = new Date("2027-01-13T14:00:00Z");
// One set of arguments per template: a new template fails to compile here until it is listed.
const ordinary: { [Name in ReminderTemplateName]: Parameters<(typeof reminderTemplates)[Name]>[0] } = {
  supportSession: { withName: "Sam", at, organisation: "Bury Recovery Community" },
  accompaniedAppointment: { withName: "Sam", at, organisation: "Irwell Recovery Service" },
  gathering: { name: "Monday Recovery Café", at, place: "The Met Arts Centre" },
  checkInDue: { organisation: "Irwell Recovery Service" },
  goalStepDue: { dueOn: "2027-01-20" },
  vettingExpiring: { item: "safeguarding training", expiresOn: "2027-02-01", organisation: "Bury Recovery Community" },
  listingStale: { listing: "Tuesday SMART Recovery", organisation: "Bury Recovery Community" },
  hoursDigest: { count: 4, organisation: "Irwell Recovery Service" },
  mentorNudge: { withName: "Jay", days: 14 },
  coordinatorAlert: { aboutName: "Jay", days: 21 },
  listingsStale: { count: 3, organisation: "Bury Recovery Community" },
};

// The arguments that carry names people or organisations chose.
const nameKeys = new Set(["withName", "aboutName", "name", "organisation", "place", "listing", "item"]);

const compose = <Name extends ReminderTemplateName>(name: Name, args: Record<string, unknown>) =>
  (reminderTemplates[name] as unknown as (p: typeof args) => { discreet: string; named: string })(args);

describe("reminder templates", () => {
  it("keep every discreet message free of the banned words", () => {
    for (const [name, args] of Object.entries(ordinary)) {
      const text = compose(name as ReminderTemplateName, args);
      expect(bannedWordIn(text.discreet), `${name}: ${text.discreet}`).toBeNull();
      expect(text.discreet.length, name).toBeLessThanOrEqual(120);
    }
    expect(bannedWordIn(reminderSubject(false))).toBeNull();
  });

  it("fall back to words with no names when a name holds a banned word", () => {
    for (const [name, args] of Object.entries(ordinary)) {
      for (const awkward of ["Recovery Rob", "Sober Sue", "Dave from AA", "Kinship Kim", "Mentor Mo"]) {
        const withAwkwardNames = Object.fromEntries(
          Object.entries(args).map(([key, value]) => [key, nameKeys.has(key) ? awkward : value]),
        );
        const text = compose(name as ReminderTemplateName, withAwkwardNames);
        expect(bannedWordIn(text.discreet), `${name} with ${awkward}: ${text.discreet}`).toBeNull();
      }
    }
    expect(reminderTemplates.supportSession({ ...ordinary.supportSession, withName: "Recovery Rob" }).discreet).toBe(
      "Reminder: you have a catch-up on Wednesday 13 January at 2pm.",
    );
  });

  it("say the day and time on the London clock, not 'tomorrow'", () => {
    expect(reminderTemplates.supportSession(ordinary.supportSession)).toMatchObject({
      discreet: "Reminder: catch-up with Sam on Wednesday 13 January at 2pm.",
      named: "Reminder from Bury Recovery Community: peer mentoring session with Sam on Wednesday 13 January at 2pm.",
    });
    const summer = reminderTemplates.gathering({ name: "Walk", at: new Date("2027-07-01T11:30:00Z"), place: null });
    expect(summer.discreet).toBe("Reminder: the get-together you said you'd go to is on Thursday 1 July at 12:30pm.");
    expect(reminderTemplates.hoursDigest({ count: 1, organisation: "X" }).discreet).toContain("1 entry waiting");
  });

  it("catch the banned words however they are written, and only whole words", () => {
    expect(bannedWordIn("Your RECOVERY group")).toBe("RECOVERY");
    expect(bannedWordIn("drug test")).toBe("drug");
    expect(bannedWordIn("See you at AA")).toBe("AA");
    expect(bannedWordIn("Banana bread at the café")).toBeNull();
    expect(bannedWordIn("Collapse the chairs")).toBeNull();
    expect(bannedWords).toContain("alcohol");
  });
});
