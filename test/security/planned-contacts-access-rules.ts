// Who may read and change planned contacts (see access-rules.ts): a match's next
// catch-up is seen by whoever may read the match (the person, their mentor, the
// organisation's staff); only the mentor and staff plan or cancel one.
import { probesOf, type Rule, staff, type ViewerKind } from "./access-viewers";

const theMatch = (fields: string) => `query($match: ID!) { match(id: $match) { ${fields} } }`;
const matchReaders: ViewerKind[] = ["subject", "matchedMentor", "coordinator", "admin"];
const planners: ViewerKind[] = ["matchedMentor", ...staff];
// The same time for every viewer, so each allowed try simply moves it to the same slot.
const probeStart = new Date(Date.now() + 30 * 86_400_000).toISOString();

export const plannedContactsAccessRules: Record<string, Rule> = {
  "Match.nextContact": { query: theMatch("nextContact { id }"), allowed: matchReaders },
  ...probesOf("PlannedContact", (f) => theMatch(`nextContact { ${f} }`), matchReaders, [
    "id",
    "kind",
    "contactMode",
    "startsAt",
  ]),
  "Mutation.planContact": {
    query: `mutation($match: ID!) { planContact(input: { matchId: $match, kind: SUPPORT_SESSION,
      contactMode: PHONE, startsAt: "${probeStart}" }) { id } }`,
    allowed: planners,
  },
  // Cancelling needs an id the matrix does not have: a random one is refused to everyone,
  // and the integration tests prove the mentor and staff can (mentoring-planned-contacts.test.ts).
  "Mutation.cancelPlannedContact": {
    query: `mutation { cancelPlannedContact(id: "no-such-planned-contact") { id } }`,
    allowed: [],
  },
};
