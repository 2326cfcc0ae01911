// Who may read each field of keeping in touch (see access-rules.ts): a match's
// quiet-spell history is for its mentor (while the match is live) and the
// organisation's staff, never the mentee's other mentors or other organisations;
// the thresholds are read by staff and changed by admins only.
import { probesOf, type Rule, staff, type ViewerKind } from "./access-viewers";

const settings = (fields: string) => `query($org: ID!) { disengagementSettings(organisationId: $org) { ${fields} } }`;
const history = (fields: string) => `query($match: ID!) { matchContactHistory(matchId: $match) { ${fields} } }`;
const historyReaders: ViewerKind[] = ["matchedMentor", ...staff];
const probeDay = new Date().toISOString().slice(0, 10);

export const disengagementAccessRules: Record<string, Rule> = {
  "Query.disengagementSettings": { query: settings("nudgeAfterDays"), allowed: staff },
  ...probesOf("DisengagementSettings", settings, staff, ["nudgeAfterDays", "alertAfterDays", "isDefault"]),
  // Setting the defaults, so every allowed try leaves the sweep as it was.
  "Mutation.updateDisengagementSettings": {
    query: `mutation($org: ID!) { updateDisengagementSettings(organisationId: $org,
      input: { nudgeAfterDays: 14, alertAfterDays: 7 }) { nudgeAfterDays } }`,
    allowed: ["admin"],
  },
  "Query.matchContactHistory": { query: history("daysQuiet"), allowed: historyReaders },
  ...probesOf("ContactHistory", history, historyReaders, [
    "quietSinceOn",
    "daysQuiet",
    "nudgeAfterDays",
    "alertAfterDays",
    "lastSessions { heldOn }",
    "missedContacts { id }",
    "signals { id }",
  ]),
  ...probesOf("ContactEntry", (f) => history(`lastSessions { ${f} }`), historyReaders, ["heldOn", "contactMode"]),
  ...probesOf("MissedContact", (f) => history(`missedContacts { ${f} }`), historyReaders, [
    "id",
    "plannedOn",
    "contactMode",
    "recordedAt",
  ]),
  ...probesOf("DisengagementSignal", (f) => history(`signals { ${f} }`), historyReaders, [
    "id",
    "kind",
    "quietSinceOn",
    "daysQuiet",
    "at",
  ]),
  // Only the mentor of a live match records what did not happen; each allowed try adds one row.
  "Mutation.recordMissedContact": {
    query: `mutation($match: ID!) { recordMissedContact(matchId: $match,
      input: { plannedOn: "${probeDay}", contactMode: PHONE }) { id } }`,
    allowed: ["matchedMentor"],
  },
};
