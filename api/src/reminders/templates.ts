// The words of every reminder. Each template writes two versions: a discreet one
// (the default) that never names drugs, alcohol, treatment, recovery, Kinship or
// an organisation, and one that may, for people who chose that. A name a person
// gave themselves could still hold such a word ("Recovery Rob"), so a discreet
// text is checked as it is written and, if it fails, a version with no names at
// all is used instead. The only way to make a ReminderText is through here.
import { bannedWordIn } from "./banned-words";
import { dayWords, whenWords } from "./london-clock";

declare const composed: unique symbol;

export interface ReminderText {
  readonly discreet: string;
  readonly named: string;
  readonly [composed]: true;
}

function compose(words: { discreet: string; withoutNames: string; named: string }): ReminderText {
  const discreet = bannedWordIn(words.discreet) === null ? words.discreet : words.withoutNames;
  if (bannedWordIn(discreet) !== null) throw new Error("A reminder template's words without names are not discreet.");
  return { discreet, named: words.named } as ReminderText;
}

/** A calendar date (YYYY-MM-DD) as "Tuesday 24 November". */
const dateWords = (date: string) => dayWords(new Date(`${date}T12:00:00Z`));
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const reminderTemplates = {
  supportSession: (p: { withName: string; at: Date; organisation: string }) =>
    compose({
      discreet: `Reminder: catch-up with ${p.withName} on ${whenWords(p.at)}.`,
      withoutNames: `Reminder: you have a catch-up on ${whenWords(p.at)}.`,
      named: `Reminder from ${p.organisation}: peer mentoring session with ${p.withName} on ${whenWords(p.at)}.`,
    }),
  accompaniedAppointment: (p: { withName: string; at: Date; organisation: string }) =>
    compose({
      discreet: `Reminder: ${p.withName} is meeting you on ${whenWords(p.at)}.`,
      withoutNames: `Reminder: someone is meeting you on ${whenWords(p.at)}.`,
      named: `Reminder from ${p.organisation}: ${p.withName} will come with you to your appointment on ${whenWords(p.at)}.`,
    }),
  gathering: (p: { name: string; at: Date; place: string | null }) =>
    compose({
      discreet: `Reminder: the get-together you said you'd go to is on ${whenWords(p.at)}.`,
      withoutNames: `Reminder: the get-together you said you'd go to is on ${whenWords(p.at)}.`,
      named: `Reminder: ${p.name} on ${whenWords(p.at)}${p.place ? `, ${p.place}` : ""}.`,
    }),
  checkInDue: (p: { organisation: string }) =>
    compose({
      discreet: "Reminder: it's time for your check-in. It takes about five minutes.",
      withoutNames: "Reminder: it's time for your check-in. It takes about five minutes.",
      named: `Reminder from Kinship: it's time for your recovery check-in with ${p.organisation}.`,
    }),
  goalStepDue: (p: { dueOn: string }) =>
    compose({
      discreet: `Reminder: something you planned is due on ${dateWords(p.dueOn)}.`,
      withoutNames: `Reminder: something you planned is due on ${dateWords(p.dueOn)}.`,
      named: `Reminder from Kinship: a step towards one of your goals is due on ${dateWords(p.dueOn)}.`,
    }),
  vettingExpiring: (p: { item: string; expiresOn: string; organisation: string }) =>
    compose({
      discreet: `Reminder: something on your volunteer record needs renewing by ${dateWords(p.expiresOn)}. Sign in to see what.`,
      withoutNames: `Reminder: something on your volunteer record needs renewing by ${dateWords(p.expiresOn)}. Sign in to see what.`,
      named: `Reminder from ${p.organisation}: your ${p.item} runs out on ${dateWords(p.expiresOn)}. Please renew it to keep mentoring.`,
    }),
  listingStale: (p: { listing: string; organisation: string }) =>
    compose({
      discreet: "Reminder: please check that one of your listings is still right. Sign in to confirm it.",
      withoutNames: "Reminder: please check that one of your listings is still right. Sign in to confirm it.",
      named: `Reminder from Kinship: please check that "${p.listing}" (${p.organisation}) is still right.`,
    }),
  hoursDigest: (p: { count: number; organisation: string }) =>
    compose({
      discreet: `You have ${plural(p.count, "entry", "entries")} waiting for you to check. Sign in to see them.`,
      withoutNames: `You have ${plural(p.count, "entry", "entries")} waiting for you to check. Sign in to see them.`,
      named: `Kinship: ${plural(p.count, "entry", "entries")} of volunteering hours waiting for approval at ${p.organisation}.`,
    }),
  mentorNudge: (p: { withName: string; days: number }) =>
    compose({
      discreet: `It's been ${p.days} days since you last caught up with ${p.withName}. Could you get in touch?`,
      withoutNames: `It's been ${p.days} days since you last caught up with someone you support. Could you get in touch?`,
      named: `Kinship: no contact with ${p.withName} has been recorded for ${p.days} days. Could you get in touch?`,
    }),
  coordinatorAlert: (p: { aboutName: string; days: number }) =>
    compose({
      discreet: "Something needs your attention. Sign in to see it.",
      withoutNames: "Something needs your attention. Sign in to see it.",
      named: `Kinship: nobody has recorded contact with ${p.aboutName} for ${p.days} days.`,
    }),
  // Several of one organisation's listings reaching the same point on the same day: one message, not one each.
  listingsStale: (p: { count: number; organisation: string }) =>
    compose({
      discreet: `Reminder: please check that ${p.count} of your listings are still right. Sign in to confirm them.`,
      withoutNames: `Reminder: please check that ${p.count} of your listings are still right. Sign in to confirm them.`,
      named: `Reminder from Kinship: please check that ${p.count} listings for ${p.organisation} are still right.`,
    }),
} as const;

export type ReminderTemplateName = keyof typeof reminderTemplates;

/** The email subject: the discreet one says nothing at all. */
export const reminderSubject = (mayNameService: boolean) => (mayNameService ? "A reminder from Kinship" : "A reminder");
