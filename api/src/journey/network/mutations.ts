// Changing a network map: only ever the viewer's own. Each change writes the
// day's snapshot in the same batch (see network-snapshot.ts).
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { builder } from "../../graphql/builder";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { ConnectionInfluenceEnum } from "../enums";
import { acceptSuggestion } from "./accept-suggestion";
import { addConnection } from "./add-connection";
import { type ConnectionInput, ZCloseness, ZSuggestionKey } from "./connection-input";
import { dismissSuggestion } from "./dismiss-suggestion";
import { readConnections } from "./read-network-map";
import { removeConnection } from "./remove-connection";
import { ConnectionInputRef, ConnectionRef } from "./types";
import { updateConnection } from "./update-connection";

// What the person has just written, read back for them: their own, so not audited.
async function ownConnection(ctx: Context, id: string) {
  const [connection] = await readConnections(
    ctx,
    requireViewer(ctx).personId,
    null,
    eq(schema.networkConnections.id, id),
  );
  return connection!;
}

builder.mutationFields((t) => ({
  addConnection: t.field({
    type: ConnectionRef,
    description: "Add someone, or a group, to your own map.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: ConnectionInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireViewer(ctx);
      const id = await addConnection({ ctx, viewer, input: input as unknown as ConnectionInput });
      return ownConnection(ctx, id);
    },
  }),
  updateConnection: t.field({
    type: ConnectionRef,
    description: "Change a connection on your own map.",
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: ConnectionInputRef, required: true }) },
    resolve: async (_root, { id, input }, ctx) => {
      const viewer = requireViewer(ctx);
      await updateConnection({ ctx, viewer, id: String(id), input: input as unknown as ConnectionInput });
      return ownConnection(ctx, String(id));
    },
  }),
  removeConnection: t.boolean({
    description: "Take a connection off your map. It stays in your map's history.",
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      await removeConnection({ ctx, viewer: requireViewer(ctx), id: String(id) });
      return true;
    },
  }),
  acceptSuggestion: t.field({
    type: ConnectionRef,
    description: "Put a suggestion on your map: supportive and in the middle ring unless you say otherwise.",
    authScopes: { signedIn: true },
    args: {
      key: t.arg.string({ required: true, validate: ZSuggestionKey }),
      influence: t.arg({ type: ConnectionInfluenceEnum }),
      closeness: t.arg.int({ validate: ZCloseness.nullish() }),
    },
    resolve: async (_root, { key, influence, closeness }, ctx) => {
      const id = await acceptSuggestion({
        ctx,
        viewer: requireViewer(ctx),
        key,
        influence: influence ?? "supportive",
        closeness: (closeness ?? 2) as 1 | 2 | 3,
      });
      return ownConnection(ctx, id);
    },
  }),
  dismissSuggestion: t.boolean({
    description: "Not now: set a suggestion aside so it is not offered again.",
    authScopes: { signedIn: true },
    args: { key: t.arg.string({ required: true, validate: ZSuggestionKey }) },
    resolve: async (_root, { key }, ctx) => {
      await dismissSuggestion({ ctx, viewer: requireViewer(ctx), key });
      return true;
    },
  }),
}));
