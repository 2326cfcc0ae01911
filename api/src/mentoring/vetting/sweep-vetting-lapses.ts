// The daily look over every mentor's vetting. A lapse (something ran out,
// supervision is overdue, a check came back not satisfactory) is told to the
// mentor and their organisation's coordinators; something running out within
// 30 days is warned about first. Each notice has a key naming the mentor, the
// problem and its date, so running the sweep again tells no one twice.
// Checks never done (a new mentor still training) are not lapses: coordinators
// see them on the mentors page, and they are no surprise to the mentor.
// An item running out also sends the mentor a reminder (30 and 7 days before,
// triggers/vetting-reminders.ts), in the same batch as the warning.
import { type Database, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { addDays, londonDate, longDate } from "../../calendar-dates";
import type { Context } from "../../graphql/context";
import { notifyStatement, staffOf } from "../../notifications/notify";
import { vettingExpiringReminder } from "../../reminders/triggers/vetting-reminders";
import { loadVetting } from "./load-vetting";
import type { VettingProblem } from "./vetting-status";

const warnDaysAhead = 30;
const statementsPerBatch = 50;

const isLapse = (problem: VettingProblem) => /_(expired|overdue|not_satisfactory)$/.test(problem.code);

export async function sweepVettingLapses({ db, now }: { db: Database; now: Date }) {
  const today = londonDate(now);
  const { mentorProfiles, organisations, people } = schema;
  const profiles = await db
    .select({
      id: mentorProfiles.id,
      personId: mentorProfiles.personId,
      organisationId: mentorProfiles.organisationId,
      displayName: people.displayName,
      slug: organisations.slug,
      organisationName: organisations.name,
    })
    .from(mentorProfiles)
    .innerJoin(people, eq(people.id, mentorProfiles.personId))
    .innerJoin(organisations, eq(organisations.id, mentorProfiles.organisationId));
  const vetting = await loadVetting(db, profiles, today);
  const staffByOrganisation = new Map<string, string[]>();
  for (const organisationId of new Set(profiles.map((p) => p.organisationId))) {
    staffByOrganisation.set(organisationId, await staffOf({ db }, organisationId));
  }
  // notifyStatement needs only the database and the clock from a request's context.
  const ctx = { db, now: () => now } as unknown as Context;
  // One group per notice: its statements go in one batch, never split across two.
  const groups: BatchItem<"sqlite">[][] = [];
  let lapses = 0;
  let warnings = 0;
  let remindersDue = 0;
  for (const profile of profiles) {
    const status = vetting.get(profile.id)!;
    const staff = (staffByOrganisation.get(profile.organisationId) ?? []).filter((id) => id !== profile.personId);
    const tell = (notice: {
      kind: "vetting_lapsed" | "vetting_expiring";
      key: string;
      mine: string;
      theirs: string;
      reminder?: BatchItem<"sqlite"> | null;
    }) => {
      const dedupeKey = `${notice.kind}:${profile.id}:${notice.key}`;
      const statements: BatchItem<"sqlite">[] = [];
      groups.push(statements);
      statements.push(
        notifyStatement(ctx, [profile.personId], {
          kind: notice.kind,
          message: notice.mine,
          link: "/mentoring/profile",
          dedupeKey,
        }),
      );
      if (staff.length > 0) {
        statements.push(
          notifyStatement(ctx, staff, {
            kind: notice.kind,
            message: notice.theirs,
            link: `/organisations/${profile.slug}/mentoring/mentors`,
            dedupeKey,
          }),
        );
      }
      if (notice.reminder) {
        statements.push(notice.reminder);
        remindersDue += 1;
      }
    };
    for (const problem of status.problems.filter(isLapse)) {
      lapses += 1;
      tell({
        kind: "vetting_lapsed",
        key: `${problem.code}:${problem.subject}:${problem.date ?? ""}`,
        mine: `${problem.message} You won't be matched with anyone new until it is sorted; your coordinator can help.`,
        theirs: `${profile.displayName} can't be matched just now. ${problem.message}`,
      });
    }
    const soon = addDays(today, warnDaysAhead);
    for (const expiry of status.expiries.filter((e) => e.expiresOn <= soon)) {
      warnings += 1;
      tell({
        kind: "vetting_expiring",
        key: `${expiry.subject}:${expiry.expiresOn}`,
        mine: `${expiry.message} Please renew it before ${longDate(expiry.expiresOn)} to keep mentoring.`,
        theirs: `${profile.displayName}: ${expiry.message}`,
        reminder: vettingExpiringReminder(db, {
          now,
          mentorPersonId: profile.personId,
          mentorProfileId: profile.id,
          expiry,
          trainingName: status.records.find((r) => r.trainingCode === expiry.subject)?.trainingName ?? null,
          organisationName: profile.organisationName,
        }),
      });
    }
  }
  let batch: BatchItem<"sqlite">[] = [];
  for (const group of groups) {
    if (batch.length > 0 && batch.length + group.length > statementsPerBatch) {
      await db.batch(batch as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
      batch = [];
    }
    batch.push(...group);
  }
  if (batch.length > 0) await db.batch(batch as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
  return { mentorsChecked: profiles.length, lapses, warnings, remindersDue };
}
