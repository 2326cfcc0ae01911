// What a mentor enters to plan the next contact: what kind, how, and when. The
// time is an ISO date-time with its offset (the page turns the London date and
// time into one), so there is no guessing which zone it was meant in.
import type { schema } from "@kinship/db";
import { type ContactMode, contactModes, type PlannedContactKind, plannedContactKinds } from "@kinship/db/schema";
import { z } from "zod";

export const ZPlannedContactInput = z.object({
  matchId: z.string().min(1),
  kind: z.enum(plannedContactKinds),
  contactMode: z.enum(contactModes),
  startsAt: z.iso.datetime({ offset: true, error: "Choose a date and a time." }),
});

export interface PlannedContactInput {
  matchId: string;
  kind: PlannedContactKind;
  contactMode: ContactMode;
  startsAt: string;
}

export type PlannedContactRow = typeof schema.plannedContacts.$inferSelect;
