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

/**
 * One probe per field of `type`, read through `read` by the `allowed` viewers. Each selection
 * is a field name, or an object field with what to read of it ("followUps { id }"); the rule
 * is keyed by the field it starts with.
 */
export const probesOf = (
  type: string,
  read: (selection: string) => string,
  allowed: ViewerKind[],
  selections: string[],
): Record<string, Rule> =>
  Object.fromEntries(
    selections.map((selection) => [`${type}.${selection.split(" ")[0]}`, { query: read(selection), allowed }]),
  );
/** Fields of a type that only ever hold the viewer's own data. */
export const ownFields = (type: string, fields: string[]): Record<string, Rule> =>
  Object.fromEntries(fields.map((field) => [`${type}.${field}`, "own"]));
/** Fields of a type that hold no personal data. */
export const publicFields = (type: string, fields: string[]): Record<string, Rule> =>
  Object.fromEntries(fields.map((field) => [`${type}.${field}`, "public"]));
