// All relations in one place (drizzle relations v2), so the GraphQL layer can
// turn nested queries into a bounded number of SQL statements.
import { defineRelations } from "drizzle-orm";
import * as schema from "./schema";

export const relations = defineRelations(schema, (r) => ({
  organisations: {
    memberships: r.many.memberships(),
    gatherings: r.many.gatherings(),
  },
  gatherings: {
    organisation: r.one.organisations({ from: r.gatherings.organisationId, to: r.organisations.id, optional: false }),
    exceptions: r.many.gatheringExceptions(),
  },
  listingSuggestions: {
    organisation: r.one.organisations({
      from: r.listingSuggestions.organisationId,
      to: r.organisations.id,
      optional: false,
    }),
    gathering: r.one.gatherings({ from: r.listingSuggestions.gatheringId, to: r.gatherings.id }),
  },
  gatheringAttendance: {
    gathering: r.one.gatherings({ from: r.gatheringAttendance.gatheringId, to: r.gatherings.id, optional: false }),
    person: r.one.people({ from: r.gatheringAttendance.personId, to: r.people.id, optional: false }),
  },
  gatheringExceptions: {
    gathering: r.one.gatherings({ from: r.gatheringExceptions.gatheringId, to: r.gatherings.id, optional: false }),
  },
  people: {
    memberships: r.many.memberships(),
    sessions: r.many.sessions(),
    totpCredential: r.one.totpCredentials({ from: r.people.id, to: r.totpCredentials.personId }),
    recoveryCodes: r.many.recoveryCodes(),
    consents: r.many.consents(),
    attendance: r.many.gatheringAttendance(),
  },
  memberships: {
    person: r.one.people({ from: r.memberships.personId, to: r.people.id, optional: false }),
    organisation: r.one.organisations({
      from: r.memberships.organisationId,
      to: r.organisations.id,
      optional: false,
    }),
  },
  sessions: {
    person: r.one.people({ from: r.sessions.personId, to: r.people.id, optional: false }),
  },
  totpCredentials: {
    person: r.one.people({ from: r.totpCredentials.personId, to: r.people.id, optional: false }),
  },
  accessAudit: {
    viewer: r.one.people({ from: r.accessAudit.viewerPersonId, to: r.people.id }),
    subject: r.one.people({ from: r.accessAudit.subjectPersonId, to: r.people.id }),
    organisation: r.one.organisations({ from: r.accessAudit.organisationId, to: r.organisations.id }),
  },
  consents: {
    person: r.one.people({ from: r.consents.personId, to: r.people.id, optional: false }),
  },
  recoveryCodes: {
    person: r.one.people({ from: r.recoveryCodes.personId, to: r.people.id, optional: false }),
  },
}));
