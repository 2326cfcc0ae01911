// Connections the platform can suggest to a person, only from activity they
// are part of: their mentor in a live match, gatherings they checked in at, and
// organisations that approved their volunteering hours. Anything already on the
// map (or once on it: removed rows keep their key) or set aside is left out.
import { schema } from "@kinship/db";
import type { ConnectionKind } from "@kinship/db/schema";
import { and, desc, eq, inArray, isNotNull, max } from "drizzle-orm";
import { longDate } from "../../calendar-dates";
import type { Context } from "../../graphql/context";
import { gatheringConnectionKinds } from "./gathering-connection-kind";

export interface NetworkSuggestion {
  key: string;
  label: string;
  kind: ConnectionKind;
  /** Why it is suggested, in plain words. */
  reason: string;
}

// Labels are drawn beside a node and stored under the person's key, as typed ones are.
const asLabel = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

function mentorsOf(ctx: Context, personId: string) {
  const { mentoringMatches: match, people, organisations } = schema;
  return ctx.db
    .select({ id: match.id, mentorName: people.displayName, organisationName: organisations.name })
    .from(match)
    .innerJoin(people, eq(people.id, match.mentorPersonId))
    .innerJoin(organisations, eq(organisations.id, match.organisationId))
    .where(and(eq(match.menteePersonId, personId), inArray(match.status, ["active", "paused"])))
    .orderBy(desc(match.createdAt));
}

function gatheringsAttendedBy(ctx: Context, personId: string) {
  const { gatheringAttendance: attendance, gatherings } = schema;
  const lastOn = max(attendance.occurrenceOn);
  return ctx.db
    .select({ id: gatherings.id, name: gatherings.name, kind: gatherings.kind, lastOn })
    .from(attendance)
    .innerJoin(gatherings, eq(gatherings.id, attendance.gatheringId))
    .where(and(eq(attendance.personId, personId), eq(attendance.status, "attended")))
    .groupBy(gatherings.id)
    .orderBy(desc(lastOn));
}

function organisationsVolunteeredWith(ctx: Context, personId: string) {
  const { volunteeringHours: hours, organisations } = schema;
  return ctx.db
    .selectDistinct({ id: organisations.id, name: organisations.name })
    .from(hours)
    .innerJoin(organisations, eq(organisations.id, hours.organisationId))
    .where(and(eq(hours.personId, personId), eq(hours.status, "approved")))
    .orderBy(organisations.name);
}

async function keysSetAside(ctx: Context, personId: string) {
  const { networkConnections: connection, networkSuggestionDismissals: dismissal } = schema;
  const [onMap, dismissed] = await Promise.all([
    ctx.db
      .select({ key: connection.suggestionKey })
      .from(connection)
      .where(and(eq(connection.personId, personId), isNotNull(connection.suggestionKey))),
    ctx.db.select({ key: dismissal.suggestionKey }).from(dismissal).where(eq(dismissal.personId, personId)),
  ]);
  return new Set([...onMap, ...dismissed].map((row) => row.key));
}

export async function readNetworkSuggestions(ctx: Context, personId: string): Promise<NetworkSuggestion[]> {
  const [mentors, gatherings, organisations, setAside] = await Promise.all([
    mentorsOf(ctx, personId),
    gatheringsAttendedBy(ctx, personId),
    organisationsVolunteeredWith(ctx, personId),
    keysSetAside(ctx, personId),
  ]);
  const suggestions: NetworkSuggestion[] = [
    ...mentors.map((match) => ({
      key: `match:${match.id}`,
      label: asLabel(match.mentorName),
      kind: "mentor" as const,
      reason: `Your mentor at ${match.organisationName}`,
    })),
    ...gatherings.map((gathering) => ({
      key: `gathering:${gathering.id}`,
      label: asLabel(gathering.name),
      kind: gatheringConnectionKinds[gathering.kind],
      reason: gathering.lastOn ? `You checked in on ${longDate(gathering.lastOn)}` : "You checked in here",
    })),
    ...organisations.map((organisation) => ({
      key: `volunteering:${organisation.id}`,
      label: asLabel(`${organisation.name} volunteers`),
      kind: "volunteering_team" as const,
      reason: `${organisation.name} approved hours you volunteered`,
    })),
  ];
  return suggestions.filter((suggestion) => !setAside.has(suggestion.key));
}
