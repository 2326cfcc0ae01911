// A mentor records a contact they had planned that did not happen (the person
// didn't turn up or didn't answer). It does not count as contact: the quiet spell
// goes on, and coordinators see the attempt in the history if it comes to an alert.
import { newId, schema } from "@kinship/db";
import { type ContactMode, contactModes } from "@kinship/db/schema";
import { z } from "zod";
import { addDays, londonDate, ZCalendarDate } from "../../calendar-dates";
import { AppError } from "../../errors";
import type { Context, Viewer } from "../../graphql/context";
import type { MatchRecord } from "../sessions/match-access";

export const ZMissedContactInput = z.object({ plannedOn: ZCalendarDate, contactMode: z.enum(contactModes) });

export interface MissedContactInput {
  plannedOn: string;
  contactMode: ContactMode;
}

export async function recordMissedContact({
  ctx,
  viewer,
  match,
  input,
}: {
  ctx: Context;
  viewer: Viewer;
  match: MatchRecord;
  input: MissedContactInput;
}) {
  if (match.status !== "active") {
    throw new AppError("CONFLICT", "Missed contacts can be recorded only while the match is active.");
  }
  const today = londonDate(ctx.now());
  if (input.plannedOn > today) throw new AppError("VALIDATION", "A missed contact can't be in the future.");
  if (input.plannedOn < addDays(londonDate(match.createdAt), -1)) {
    throw new AppError("VALIDATION", "That date is before the match began.");
  }
  const row = {
    id: newId(),
    matchId: match.id,
    menteePersonId: match.menteePersonId,
    plannedOn: input.plannedOn,
    contactMode: input.contactMode,
    recordedByPersonId: viewer.personId,
    createdAt: ctx.now(),
  };
  await ctx.db.insert(schema.missedContacts).values(row);
  return row;
}
