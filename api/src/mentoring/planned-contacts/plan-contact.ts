// A mentor (or a coordinator) plans the next contact of a match. A match has at
// most one upcoming contact, so planning again moves it: the old one and its
// reminders are cancelled, and the new one and its reminders (to both people, the
// evening before and on the day) are written, all in one batch.
import { newId, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { AppError, validationError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import { enqueueReminder } from "../../reminders/enqueue-reminder";
import { reminderTemplates } from "../../reminders/templates";
import type { MatchRecord } from "../sessions/match-access";
import { cancelUpcomingContactsStatements } from "./cancel-upcoming-contacts";
import type { PlannedContactInput, PlannedContactRow } from "./planned-contact-input";
import { reminderKey, reminderTimes } from "./reminder-times";

function checkStart(startsAt: Date, now: Date) {
  if (startsAt.getTime() <= now.getTime())
    throw validationError({ startsAt: ["Choose a time that hasn't passed yet."] });
  const yearAhead = new Date(now);
  yearAhead.setUTCFullYear(yearAhead.getUTCFullYear() + 1);
  if (startsAt.getTime() > yearAhead.getTime()) {
    throw validationError({ startsAt: ["Choose a time within the next year."] });
  }
}

async function namesIn(ctx: Context, match: MatchRecord) {
  const { mentoringMatches: m, organisations } = schema;
  const mentor = alias(schema.people, "mentor");
  const mentee = alias(schema.people, "mentee");
  const [row] = await ctx.db
    .select({ mentorName: mentor.displayName, menteeName: mentee.displayName, organisation: organisations.name })
    .from(m)
    .innerJoin(mentor, eq(mentor.id, m.mentorPersonId))
    .innerJoin(mentee, eq(mentee.id, m.menteePersonId))
    .innerJoin(organisations, eq(organisations.id, m.organisationId))
    .where(eq(m.id, match.id));
  if (!row) throw new AppError("CONFLICT", "This match no longer has a mentor, so there is nobody to plan with.");
  return row;
}

/** The reminder statements for one planned contact: each person hears the other's name and the time. */
function reminderStatements(
  ctx: Context,
  contact: PlannedContactRow,
  match: MatchRecord,
  names: Awaited<ReturnType<typeof namesIn>>,
) {
  const at = contact.startsAt;
  const { organisation } = names;
  // The accompanied-appointment words speak to the person being accompanied; to
  // the mentor going with them, the plain catch-up words say the right thing.
  const forMentee =
    contact.kind === "accompanied_appointment"
      ? reminderTemplates.accompaniedAppointment({ withName: names.mentorName, at, organisation })
      : reminderTemplates.supportSession({ withName: names.mentorName, at, organisation });
  const forMentor = reminderTemplates.supportSession({ withName: names.menteeName, at, organisation });
  const people = [
    { personId: match.menteePersonId, text: forMentee },
    { personId: match.mentorPersonId!, text: forMentor },
  ];
  return reminderTimes(at, ctx.now()).flatMap(({ moment, dueAt }) =>
    people.map(({ personId, text }) =>
      enqueueReminder(ctx, {
        personId,
        kind: contact.kind,
        dedupeKey: reminderKey(contact.id, moment),
        dueAt,
        text,
        // A reminder of a catch-up that has started is no use to anyone.
        expiresAt: at,
      }),
    ),
  );
}

export async function planContact({
  ctx,
  viewer,
  match,
  input,
}: {
  ctx: Context;
  viewer: Viewer;
  match: MatchRecord;
  input: PlannedContactInput;
}): Promise<PlannedContactRow> {
  if (match.status !== "accepted" && match.status !== "active") {
    throw new AppError(
      "CONFLICT",
      "A catch-up can be planned only while mentoring is going on, not while it is paused or after it has ended.",
    );
  }
  const now = ctx.now();
  const startsAt = new Date(input.startsAt);
  checkStart(startsAt, now);
  const names = await namesIn(ctx, match);
  const contact: PlannedContactRow = {
    id: newId(),
    matchId: match.id,
    menteePersonId: match.menteePersonId,
    kind: input.kind,
    contactMode: input.contactMode,
    startsAt,
    cancelledAt: null,
    createdByPersonId: viewer.personId,
    createdAt: now,
  };
  await ctx.db.batch([
    ...cancelUpcomingContactsStatements(ctx, { which: eq(schema.plannedContacts.matchId, match.id), now }),
    ctx.db.insert(schema.plannedContacts).values(contact),
    ...reminderStatements(ctx, contact, match, names),
  ]);
  return contact;
}
