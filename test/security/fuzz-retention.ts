// Mutation fuzz of retention: refused (the signed-in person is not an admin), whatever the months.
import fc from "fast-check";
import { adminsOnly, anything, type FuzzFeature, homeOrganisation } from "./fuzz-values";

export const retentionFuzz: FuzzFeature = {
  mutations: [
    {
      document:
        "mutation($o: ID!, $n: Int!) { updateRetentionSettings(organisationId: $o, closedCaseMonths: $n) { closedCaseMonths } }",
      variables: { o: homeOrganisation, n: fc.oneof(fc.integer({ min: 0, max: 120 }), anything) },
      neverSucceedsBecause: adminsOnly,
    },
  ],
};
