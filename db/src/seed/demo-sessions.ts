// Fortnightly support sessions for every demo match that started, with notes,
// follow-ups (one left overdue) and the story's safeguarding concerns, all
// sealed under the mentee's data key as the API would.
import { newId } from "../ids";
import type { ContactMode, SupportNeed } from "../schema";
import { dateDaysAgo, instantDaysAgo } from "./demo-dates";
import type { DemoTown } from "./demo-mentoring";
import { type DemoMatch, demoConcerns, demoFollowUps, demoSessionNotes, signpostFor } from "./demo-mentoring-story";

interface MatchRow {
  id: string;
  organisationId: string;
  mentorPersonId: string;
  menteePersonId: string;
  requestId: string;
}

const rhythm: ContactMode[] = ["in_person", "phone", "in_person", "accompanied", "text"];

export async function buildDemoSessions({
  now,
  matches,
  requests,
  town,
}: {
  now: Date;
  matches: { story: DemoMatch; row: MatchRow }[];
  requests: { id: string; needs: SupportNeed[] }[];
  town: DemoTown;
}) {
  const sessions = [];
  const followUps = [];
  for (const { story, row } of matches) {
    if (story.startedDaysAgo === undefined) continue;
    const needs = requests.find((r) => r.id === row.requestId)?.needs ?? ["confidence"];
    const lastDay = story.endedDaysAgo ?? story.pausedDaysAgo ?? 1;
    const days: number[] = [];
    for (let d = story.startedDaysAgo; d >= lastDay; d -= 14) days.push(d);
    const concerns = new Map((story.concernDaysAgo ?? []).map((c) => [c.days, c.isAcknowledged]));
    for (const day of concerns.keys()) if (!days.includes(day)) days.push(day);
    days.sort((a, b) => b - a);

    for (const [k, d] of days.entries()) {
      const id = newId();
      const seal = (text: string, table: string, column: string, rowId = id) =>
        town.sealNote(row.menteePersonId, text, { table, column, rowId });
      const contactMode = rhythm[k % rhythm.length]!;
      const topics = [
        needs[k % needs.length]!,
        ...(k % 2 === 0 && needs.length > 1 ? [needs[(k + 1) % needs.length]!] : []),
      ];
      const concern = concerns.get(d);
      const hasConcern = concern !== undefined;
      const text = hasConcern ? (concern ? demoConcerns.acknowledged : demoConcerns.open) : null;
      sessions.push({
        id,
        matchId: row.id,
        organisationId: row.organisationId,
        mentorPersonId: row.mentorPersonId,
        menteePersonId: row.menteePersonId,
        heldOn: dateDaysAgo(now, d),
        durationMinutes: [60, 90, 45, 120][k % 4]!,
        travelMinutes: contactMode === "in_person" || contactMode === "accompanied" ? 20 : 0,
        contactMode,
        topics,
        signposting: k % 2 === 0 ? [signpostFor[topics[0]!]] : [],
        notesCipher: await seal(
          demoSessionNotes[(k + row.id.length) % demoSessionNotes.length]!,
          "support_sessions",
          "notes_cipher",
        ),
        hasConcern,
        concernCipher: text ? await seal(text.concern, "support_sessions", "concern_cipher") : null,
        concernAcknowledgedAt: concern ? instantDaysAgo(now, d - 0.2) : null,
        concernAcknowledgedByPersonId: concern ? (town.coordinatorOf.get(row.organisationId) ?? null) : null,
        concernResponseCipher: concern
          ? await seal(demoConcerns.acknowledged.response, "support_sessions", "concern_response_cipher")
          : null,
        confirmedByMenteeAt: k % 3 !== 2 && d > 2 ? instantDaysAgo(now, d - 1) : null,
        createdAt: instantDaysAgo(now, d),
      });
      if (k % 3 !== 0) continue;
      const followUpId = newId();
      const dueDaysAgo = d - 7;
      // Kev's follow-ups are left undone, so the coordinator has an overdue one to see.
      const isDone = dueDaysAgo > 2 && !(story.mentee === "Kev");
      followUps.push({
        id: followUpId,
        sessionId: id,
        matchId: row.id,
        descriptionCipher: await seal(
          demoFollowUps[k % demoFollowUps.length]!,
          "follow_up_actions",
          "description_cipher",
          followUpId,
        ),
        dueOn: dateDaysAgo(now, dueDaysAgo),
        doneAt: isDone ? instantDaysAgo(now, dueDaysAgo + 1) : null,
        createdAt: instantDaysAgo(now, d),
      });
    }
  }
  return { sessions, followUps };
}
