// GraphQL for the people someone must never be matched with, as their
// organisation's coordinators see it beside the shortlist. Staff only; audited.
import { builder } from "../../graphql/builder";
import { requireViewer } from "../../graphql/viewer";
import { ExclusionReasonEnum } from "../enums";
import {
  type ExclusionView,
  type RequestExclusions,
  readRequestExclusions,
  requestOrganisation,
} from "./read-exclusions";

const MentoringExclusionRef = builder.objectRef<ExclusionView>("MentoringExclusion").implement({
  description: "Someone the person must never be matched with, and why.",
  fields: (t) => ({
    id: t.exposeID("id"),
    otherPersonId: t.exposeID("otherPersonId"),
    otherPersonName: t.exposeString("otherPersonName"),
    reason: t.field({ type: ExclusionReasonEnum, resolve: (x) => x.reason }),
    recordedAt: t.field({ type: "DateTime", resolve: (x) => x.recordedAt }),
  }),
});

const RequestExclusionsRef = builder.objectRef<RequestExclusions>("RequestExclusions").implement({
  description: "The person who asked for a mentor, and everyone in the organisation they must never be matched with.",
  fields: (t) => ({
    requestId: t.exposeID("requestId"),
    personId: t.exposeID("personId", { description: "For recording another exclusion with recordExclusion." }),
    displayName: t.exposeString("displayName"),
    exclusions: t.field({
      type: [MentoringExclusionRef],
      description: "By the other person's name.",
      resolve: (r) => r.exclusions,
    }),
  }),
});

builder.queryFields((t) => ({
  requestExclusions: t.field({
    type: RequestExclusionsRef,
    description:
      "Who the person behind a request must never be matched with (blocked, or they know each other), among the organisation's members. Coordinators only; every read is audited.",
    args: { requestId: t.arg.id({ required: true }) },
    authScopes: async (_root, { requestId }, ctx) => ({
      staffOf: await requestOrganisation(ctx, String(requestId)),
    }),
    resolve: (_root, { requestId }, ctx) =>
      readRequestExclusions(ctx, requireViewer(ctx), String(requestId), "Query.requestExclusions"),
  }),
}));
