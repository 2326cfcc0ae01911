// Who may read each field of volunteering hours (see access-rules.ts).
import { ownFields, probesOf, type Rule, staff } from "./access-viewers";

// Volunteering hours: $hours is a pending entry of the subject's in the home organisation.
const organisationHours = (fields: string) =>
  `query($org: ID!) { organisationHours(organisationId: $org) { ${fields} } }`;
const hoursTotals = (fields: string) => `query($org: ID!) { hoursTotals(organisationId: $org) { ${fields} } }`;

export const volunteeringAccessRules: Record<string, Rule> = {
  // Volunteering hours: a person's own entries and totals; an organisation's for its staff only.
  "Query.myVolunteeringHours": "own",
  "Query.organisationHours": { query: organisationHours("id"), allowed: staff },
  "Query.hoursTotals": { query: hoursTotals("approvedMinutes"), allowed: staff },
  "Mutation.logVolunteeringHours": "own",
  "Mutation.updatePendingHours": "own",
  // A fresh pending entry of the subject's is made before each viewer's try (access-matrix.test.ts).
  "Mutation.decideHours": {
    query: "mutation($hours: ID!) { decideHours(ids: [$hours], decision: APPROVE) { id } }",
    allowed: staff,
  },
  ...ownFields("MyVolunteeringHours", [
    "entries",
    "approvedMinutes",
    "pendingMinutes",
    "byActivity",
    "byOrganisation",
    "milestones",
    "nextMilestone",
  ]),
  ...ownFields("VolunteeringEntry", [
    "id",
    "organisation",
    "activity",
    "workedOn",
    "minutes",
    "description",
    "status",
    "declineReason",
    "decidedAt",
    "createdAt",
    "isFromSupportSession",
  ]),
  ...ownFields("HoursByActivity", ["activity", "approvedMinutes", "pendingMinutes"]),
  ...ownFields("HoursByOrganisation", ["organisation", "approvedMinutes", "pendingMinutes"]),
  ...ownFields("VolunteeringMilestone", ["hours", "reachedAt"]),
  ...ownFields("NextMilestone", ["hours", "minutesToGo"]),
  ...probesOf("OrganisationHoursEntry", organisationHours, staff, [
    "id",
    "personName",
    "isYours",
    "activity",
    "workedOn",
    "minutes",
    "description",
    "status",
    "declineReason",
    "decidedAt",
    "createdAt",
  ]),
  ...probesOf("HoursTotals", hoursTotals, staff, [
    "from",
    "to",
    "approvedMinutes",
    "pendingMinutes",
    "byPerson { approvedMinutes }",
    "byActivity { approvedMinutes }",
    "byMonth { approvedMinutes }",
  ]),
  ...probesOf("PersonHoursTotal", (f) => hoursTotals(`byPerson { ${f} }`), staff, [
    "personName",
    "approvedMinutes",
    "entryCount",
  ]),
  ...probesOf("ActivityHoursTotal", (f) => hoursTotals(`byActivity { ${f} }`), staff, ["activity", "approvedMinutes"]),
  ...probesOf("MonthHoursTotal", (f) => hoursTotals(`byMonth { ${f} }`), staff, ["month", "approvedMinutes"]),
};
