// Reading a network map: the person's own, or someone else's with their consent
// (journeyStanding decides), audited in the same batch as the read.
import type { GraphQLResolveInfo } from "graphql";
import { selectedFieldNames } from "../../audit/selected-fields";
import { ZCalendarDate } from "../../calendar-dates";
import { builder } from "../../graphql/builder";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { journeyStanding } from "../journey-access";
import { readNetworkGrowth } from "./read-network-growth";
import { readNetworkMap } from "./read-network-map";
import { readNetworkSuggestions } from "./read-network-suggestions";
import { NetworkMapRef, NetworkPointRef, NetworkSuggestionRef } from "./types";

async function standingFor(ctx: Context, personId: string | number | null | undefined) {
  const subject = personId ? String(personId) : requireViewer(ctx).personId;
  return { subject, standing: await journeyStanding(ctx, subject) };
}

// "connections.label", not just "connections": the audit says which details were read.
const mapFieldsRead = (info: GraphQLResolveInfo) =>
  selectedFieldNames(info).flatMap((name) =>
    name === "connections" ? selectedFieldNames(info, [name]).map((field) => `connections.${field}`) : [name],
  );

builder.queryFields((t) => ({
  networkMap: t.field({
    type: NetworkMapRef,
    description: "The people and groups on a person's map (yours when personId is left out).",
    authScopes: { signedIn: true },
    args: { personId: t.arg.id() },
    resolve: async (_root, { personId }, ctx, info) => {
      const { subject, standing } = await standingFor(ctx, personId);
      return readNetworkMap(ctx, subject, { standing, fields: mapFieldsRead(info), via: "Query.networkMap" });
    },
  }),
  networkGrowth: t.field({
    type: [NetworkPointRef],
    description: "How a person's map has grown: one point per day it changed, oldest first, within from–to if given.",
    authScopes: { signedIn: true },
    args: {
      personId: t.arg.id(),
      from: t.arg.string({ validate: ZCalendarDate.nullish() }),
      to: t.arg.string({ validate: ZCalendarDate.nullish() }),
    },
    resolve: async (_root, { personId, from, to }, ctx, info) => {
      const { subject, standing } = await standingFor(ctx, personId);
      const read = { standing, fields: selectedFieldNames(info), via: "Query.networkGrowth" };
      return readNetworkGrowth(ctx, subject, read, { from: from ?? null, to: to ?? null });
    },
  }),
  networkSuggestions: t.field({
    type: [NetworkSuggestionRef],
    description: "People and groups from your own activity (your mentor, gatherings, volunteering) to add to your map.",
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => readNetworkSuggestions(ctx, requireViewer(ctx).personId),
  }),
}));
