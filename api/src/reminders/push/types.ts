// GraphQL for notifications on a device: a browser subscribes (and so turns on
// reminders as notifications) or unsubscribes. Both act on the signed-in person's
// own subscriptions only and answer with their reminder settings.

import { z } from "zod";
import { builder } from "../../graphql/builder";
import { requireViewer } from "../../graphql/viewer";
import { reminderSettings } from "../reminder-settings";
import { ReminderSettingsRef } from "../types";
import { subscribeToPush } from "./subscribe-to-push";
import { maxEndpointLength, type PushSubscriptionInput, ZPushSubscriptionInput } from "./subscription-input";
import { unsubscribeFromPush } from "./unsubscribe-from-push";

const PushSubscriptionInputRef = builder.inputType("PushSubscriptionInput", {
  description: "A browser's push subscription, as PushSubscription.toJSON() gives it.",
  validate: ZPushSubscriptionInput,
  fields: (t) => ({
    endpoint: t.string({ required: true, description: "The push service's https address for this browser." }),
    p256dh: t.string({ required: true, description: "The browser's P-256 public key, base64url (65 bytes)." }),
    auth: t.string({ required: true, description: "The browser's auth secret, base64url (16 bytes)." }),
  }),
});

builder.mutationFields((t) => ({
  subscribeToPush: t.field({
    type: ReminderSettingsRef,
    description: "Turn on reminders as notifications in this browser (and agree to them, as the page words it).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: PushSubscriptionInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireViewer(ctx);
      await subscribeToPush({ ctx, viewer, input: input as unknown as PushSubscriptionInput });
      return reminderSettings(ctx.db, viewer.personId, ctx.vapidPublicKey ?? null);
    },
  }),
  unsubscribeFromPush: t.field({
    type: ReminderSettingsRef,
    description: "Turn off notifications in the browser with this push address. Only ever your own.",
    authScopes: { signedIn: true },
    args: {
      endpoint: t.arg.string({
        required: true,
        validate: z.string().max(maxEndpointLength, "That address is too long."),
      }),
    },
    resolve: async (_root, { endpoint }, ctx) => {
      const viewer = requireViewer(ctx);
      await unsubscribeFromPush({ ctx, viewer, endpoint });
      return reminderSettings(ctx.db, viewer.personId, ctx.vapidPublicKey ?? null);
    },
  }),
}));
