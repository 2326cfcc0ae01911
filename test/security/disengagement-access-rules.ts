// Who may read each field of keeping in touch (see access-rules.ts): a match's
// quiet-spell history is for its mentor (while the match is live) and the
// organisation's staff, never the mentee's other mentors or other organisations;
// the thresholds are read by staff and changed by admins only.
import { type Rule, staff, type ViewerKind } from "./access-viewers";

const settings = (fields: string) => `query($org: ID!) { disengagementSettings(organisationId: $org) { ${fields} } }`;
const history = (fields: string) => `query($match: ID!) { matchContactHistory(matchId: $match) { ${fields} } }`;
const historyReaders: ViewerKind[] = ["matchedMentor", ...staff];
const probeDay = new Date().toISOString().slice(0, 10);

const historyRule = (fields: string): Rule => ({ query: history(fields), allowed: historyReaders });

export const disengagementAccessRules: Record<string, Rule> = {
  "Query.disengagementSettings": { query: settings("nudgeAfterDays"), allowed: staff },
  "DisengagementSettings.nudgeAfterDays": { query: settings("nudgeAfterDays"), allowed: staff },
  "DisengagementSettings.alertAfterDays": { query: settings("alertAfterDays"), allowed: staff },
  "DisengagementSettings.isDefault": { query: settings("isDefault"), allowed: staff },
  // Setting the defaults, so every allowed try leaves the sweep as it was.
  "Mutation.updateDisengagementSettings": {
    query: `mutation($org: ID!) { updateDisengagementSettings(organisationId: $org,
      input: { nudgeAfterDays: 14, alertAfterDays: 7 }) { nudgeAfterDays } }`,
    allowed: ["admin"],
  },
  "Query.matchContactHistory": historyRule("daysQuiet"),
  "ContactHistory.quietSinceOn": historyRule("quietSinceOn"),
  "ContactHistory.daysQuiet": historyRule("daysQuiet"),
  "ContactHistory.nudgeAfterDays": historyRule("nudgeAfterDays"),
  "ContactHistory.alertAfterDays": historyRule("alertAfterDays"),
  "ContactHistory.lastSessions": historyRule("lastSessions { heldOn }"),
  "ContactHistory.missedContacts": historyRule("missedContacts { id }"),
  "ContactHistory.signals": historyRule("signals { id }"),
  "ContactEntry.heldOn": historyRule("lastSessions { heldOn }"),
  "ContactEntry.contactMode": historyRule("lastSessions { contactMode }"),
  "MissedContact.id": historyRule("missedContacts { id }"),
  "MissedContact.plannedOn": historyRule("missedContacts { plannedOn }"),
  "MissedContact.contactMode": historyRule("missedContacts { contactMode }"),
  "MissedContact.recordedAt": historyRule("missedContacts { recordedAt }"),
  "DisengagementSignal.id": historyRule("signals { id }"),
  "DisengagementSignal.kind": historyRule("signals { kind }"),
  "DisengagementSignal.quietSinceOn": historyRule("signals { quietSinceOn }"),
  "DisengagementSignal.daysQuiet": historyRule("signals { daysQuiet }"),
  "DisengagementSignal.at": historyRule("signals { at }"),
  // Only the mentor of a live match records what did not happen; each allowed try adds one row.
  "Mutation.recordMissedContact": {
    query: `mutation($match: ID!) { recordMissedContact(matchId: $match,
      input: { plannedOn: "${probeDay}", contactMode: PHONE }) { id } }`,
    allowed: ["matchedMentor"],
  },
};
