// Who may read each field of the API. Every field of every type is listed here,
// so a new field cannot reach clients without someone deciding who may see it:
// access-matrix.test.ts fails on any field missing from this table.
//
// - "public": holds no personal data.
// - "own": only ever the viewer's own data (root fields that read the viewer's
//   own records, the types only they lead to, and mutations on one's own account).
// - a probe: a query that reads the field about another person, and the viewers
//   who may do so. Everyone else must be refused.

export const viewerKinds = [
  "anonymous",
  "subject", // the person whose record it is
  "memberSameOrganisation",
  "mentorSameOrganisation",
  "coordinatorWithoutSecondFactor",
  "coordinator",
  "admin",
  "coordinatorOtherOrganisation",
  "adminOtherOrganisation",
] as const;
export type ViewerKind = (typeof viewerKinds)[number];

export interface Probe {
  query: string;
  allowed: ViewerKind[];
}
export type Rule = "public" | "own" | Probe;

const staff: ViewerKind[] = ["coordinator", "admin"];
const membersPath = (fields: string) => `query($slug: String!) { organisation(slug: $slug) { members { ${fields} } } }`;
const accessLog = (fields: string) => `query($org: ID!) { organisationAccessLog(organisationId: $org) { ${fields} } }`;

export const accessRules: Record<string, Rule> = {
  "Query.organisations": "public",
  "Query.organisation": "public",
  "Query.me": "own",
  "Query.mySessions": "own",
  "Query.myConsents": "own",
  "Query.myRecordViews": "own",
  "Query.mySecondFactor": "own",
  "Query.organisationAccessLog": { query: accessLog("id"), allowed: ["admin"] },

  "Organisation.id": "public",
  "Organisation.slug": "public",
  "Organisation.name": "public",
  "Organisation.kind": "public",
  "Organisation.town": "public",
  "Organisation.website": "public",
  "Organisation.description": "public",
  "Organisation.members": { query: membersPath("id"), allowed: staff },

  "Membership.id": { query: membersPath("id"), allowed: staff },
  "Membership.role": { query: membersPath("role"), allowed: staff },
  "Membership.since": { query: membersPath("since"), allowed: staff },
  "Membership.organisation": { query: membersPath("organisation { name }"), allowed: staff },
  "Membership.person": { query: membersPath("person { id }"), allowed: staff },

  "Person.id": { query: membersPath("person { id }"), allowed: staff },
  "Person.displayName": { query: membersPath("person { displayName }"), allowed: staff },
  "Person.email": { query: membersPath("person { email }"), allowed: [] },
  "Person.mobile": { query: membersPath("person { mobile }"), allowed: [] },
  "Person.memberships": { query: membersPath("person { memberships { role } }"), allowed: [] },

  "AccessRecord.id": { query: accessLog("id"), allowed: ["admin"] },
  "AccessRecord.at": { query: accessLog("at"), allowed: ["admin"] },
  "AccessRecord.viewerName": { query: accessLog("viewerName"), allowed: ["admin"] },
  "AccessRecord.viewerRole": { query: accessLog("viewerRole"), allowed: ["admin"] },
  "AccessRecord.relationship": { query: accessLog("relationship"), allowed: ["admin"] },
  "AccessRecord.fields": { query: accessLog("fields"), allowed: ["admin"] },
  "AccessRecord.via": { query: accessLog("via"), allowed: ["admin"] },
  "AccessRecord.organisation": { query: accessLog("organisation { name }"), allowed: ["admin"] },

  "SignInSession.id": "own",
  "SignInSession.device": "own",
  "SignInSession.createdAt": "own",
  "SignInSession.lastUsedAt": "own",
  "SignInSession.expiresAt": "own",
  "SignInSession.isCurrent": "own",
  "Consent.purpose": "own",
  "Consent.title": "own",
  "Consent.wording": "own",
  "Consent.isGranted": "own",
  "Consent.recordedAt": "own",
  "Consent.isWordingChanged": "own",
  "SecondFactorStatus.isEnrolled": "own",
  "SecondFactorStatus.isVerifiedThisSession": "own",
  "SecondFactorStatus.isRequired": "own",
  "TotpEnrolment.secret": "own",
  "TotpEnrolment.uri": "own",

  "Mutation.signUp": "own",
  "Mutation.signIn": "own",
  "Mutation.signOut": "own",
  "Mutation.signOutEverywhere": "own",
  "Mutation.endSession": "own",
  "Mutation.changePassword": "own",
  "Mutation.startTotpEnrolment": "own",
  "Mutation.confirmTotpEnrolment": "own",
  "Mutation.verifySecondFactor": "own",
  "Mutation.resetSecondFactor": {
    query: "mutation($org: ID!, $subject: ID!) { resetSecondFactor(organisationId: $org, personId: $subject) }",
    allowed: ["admin"],
  },
  "Mutation.setConsent": "own",
  "Mutation.eraseMyAccount": "own",
};
