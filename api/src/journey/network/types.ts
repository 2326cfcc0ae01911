// GraphQL types of the personal network map: the map itself, its growth over
// time, and the suggestions drawn from the person's own activity.
import { builder } from "../../graphql/builder";
import { ConnectionInfluenceEnum, ConnectionKindEnum } from "../enums";
import { ZConnectionInput } from "./connection-input";
import type { NetworkPoint } from "./read-network-growth";
import type { ConnectionView, NetworkCounts } from "./read-network-map";
import type { NetworkSuggestion } from "./read-network-suggestions";

export const ConnectionRef = builder.objectRef<ConnectionView>("Connection").implement({
  description: "Someone, or a group, in a person's life, as they describe them. The label is sealed under their key.",
  fields: (t) => ({
    id: t.exposeID("id"),
    label: t.exposeString("label", {
      nullable: true,
      description: "The person's own words for them; null if it can no longer be read.",
    }),
    kind: t.expose("kind", { type: ConnectionKindEnum }),
    influence: t.expose("influence", { type: ConnectionInfluenceEnum }),
    closeness: t.exposeInt("closeness", { description: "1 closest, 2, or 3 furthest." }),
    addedOn: t.exposeString("addedOn"),
    isRecoveryCommunity: t.exposeBoolean("isRecoveryCommunity", {
      description: "A mentor, mutual-aid group, recovery café, walk or volunteering team.",
    }),
  }),
});

export const NetworkCountsRef = builder.objectRef<NetworkCounts>("NetworkCounts").implement({
  fields: (t) => ({
    connectionCount: t.exposeInt("connectionCount"),
    supportiveCount: t.exposeInt("supportiveCount"),
    neutralCount: t.exposeInt("neutralCount"),
    usingCount: t.exposeInt("usingCount"),
    recoveryCommunityCount: t.exposeInt("recoveryCommunityCount"),
  }),
});

export const NetworkMapRef = builder
  .objectRef<{ connections: ConnectionView[]; counts: NetworkCounts }>("NetworkMap")
  .implement({
    description: "The people and groups on a person's map now.",
    fields: (t) => ({
      connections: t.expose("connections", { type: [ConnectionRef] }),
      counts: t.expose("counts", { type: NetworkCountsRef }),
    }),
  });

export const NetworkPointRef = builder.objectRef<NetworkPoint>("NetworkPoint").implement({
  description: "A person's map as it stood at the end of one day it changed. Counts only, no names.",
  fields: (t) => ({
    on: t.exposeString("on"),
    connectionCount: t.exposeInt("connectionCount"),
    supportiveCount: t.exposeInt("supportiveCount"),
    supportiveShare: t.exposeFloat("supportiveShare", {
      nullable: true,
      description: "Supportive connections as a share (0–1) of all of them; null when the map was empty.",
    }),
    usingCount: t.exposeInt("usingCount"),
    recoveryCommunityCount: t.exposeInt("recoveryCommunityCount"),
  }),
});

export const NetworkSuggestionRef = builder.objectRef<NetworkSuggestion>("NetworkSuggestion").implement({
  description: "Someone or a group from the viewer's own activity on Kinship, not yet on their map.",
  fields: (t) => ({
    key: t.exposeString("key"),
    label: t.exposeString("label"),
    kind: t.expose("kind", { type: ConnectionKindEnum }),
    reason: t.exposeString("reason", { description: "Why it is suggested, in plain words." }),
  }),
});

export const ConnectionInputRef = builder.inputType("ConnectionInput", {
  validate: ZConnectionInput,
  fields: (t) => ({
    label: t.string({ required: true, description: "1–60 characters, in the person's own words." }),
    kind: t.field({ type: ConnectionKindEnum, required: true }),
    influence: t.field({ type: ConnectionInfluenceEnum, required: true }),
    closeness: t.int({ required: true, description: "1 closest, 2, or 3 furthest." }),
  }),
});
