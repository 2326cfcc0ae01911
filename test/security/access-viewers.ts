// Who the access matrix signs in as, and the shape of a rule (see access-rules.ts).
export const viewerKinds = [
  "anonymous",
  "subject", // the person whose record it is
  "memberSameOrganisation",
  "mentorSameOrganisation", // a peer mentor not matched with the subject
  "matchedMentor", // a peer mentor in an active match with the subject
  "championSameOrganisation",
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

export const staff: ViewerKind[] = ["coordinator", "admin"];
export const promoters: ViewerKind[] = ["championSameOrganisation", "coordinator", "admin"];

/** A query reading fields of the home organisation's members, as its staff would. */
export const membersPath = (fields: string) =>
  `query($slug: String!) { organisation(slug: $slug) { members { ${fields} } } }`;
