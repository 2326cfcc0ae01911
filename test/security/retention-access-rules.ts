// Who may read each field of retention (see access-rules.ts): an organisation's
// period for keeping closed mentoring cases. No personal data, but only its
// coordinators and admins read it, and only its admins change it.
import { probesOf, type Rule, staff } from "./access-viewers";

const settings = (fields: string) => `query($org: ID!) { retentionSettings(organisationId: $org) { ${fields} } }`;

export const retentionAccessRules: Record<string, Rule> = {
  "Query.retentionSettings": { query: settings("closedCaseMonths"), allowed: staff },
  ...probesOf("RetentionSettings", settings, staff, [
    "closedCaseMonths",
    "isDefault",
    "defaultClosedCaseMonths",
    "minimumMonths",
    "maximumMonths",
    "clearedCases",
    "lastRunAt",
  ]),
  // Setting the default again, so every allowed try leaves the organisation as it was.
  "Mutation.updateRetentionSettings": {
    query: "mutation($org: ID!) { updateRetentionSettings(organisationId: $org, closedCaseMonths: 24) { isDefault } }",
    allowed: ["admin"],
  },
};
