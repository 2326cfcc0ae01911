// GraphQL for second factors: set up an authenticator app, confirm it, and
// prove it once per session. Staff need this before they see personal data.
import { z } from "zod";
import { hasCurrentSecondFactor } from "../../auth/sessions";
import { builder } from "../../graphql/builder";
import { staffRoles } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { currentPasswordArg } from "../account-input";
import { confirmTotpEnrolment } from "./confirm-totp-enrolment";
import { resetSecondFactor } from "./reset-second-factor";
import { startTotpEnrolment } from "./start-totp-enrolment";
import { verifySecondFactor } from "./verify-second-factor";

const TotpEnrolment = builder.objectRef<{ secret: string; uri: string }>("TotpEnrolment").implement({
  description: "A new authenticator-app secret: show `uri` as a QR code, or `secret` for typing in.",
  fields: (t) => ({ secret: t.exposeString("secret"), uri: t.exposeString("uri") }),
});

const SecondFactorStatus = builder
  .objectRef<{ isEnrolled: boolean; isVerifiedThisSession: boolean; isRequired: boolean }>("SecondFactorStatus")
  .implement({
    fields: (t) => ({
      isEnrolled: t.exposeBoolean("isEnrolled", { description: "An authenticator app is set up." }),
      isVerifiedThisSession: t.exposeBoolean("isVerifiedThisSession"),
      isRequired: t.exposeBoolean("isRequired", {
        description: "The person coordinates or administers an organisation, so they must use a second factor.",
      }),
    }),
  });

const ZCode = z.string().trim().min(6, "Enter the code from your app.").max(20, "That code is too long.");

builder.queryFields((t) => ({
  mySecondFactor: t.field({
    type: SecondFactorStatus,
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      const viewer = requireViewer(ctx);
      const credential = await ctx.db.query.totpCredentials.findFirst({
        columns: { confirmedAt: true },
        where: { personId: viewer.personId },
      });
      return {
        isEnrolled: Boolean(credential?.confirmedAt),
        isVerifiedThisSession: hasCurrentSecondFactor(viewer.session, ctx.now()),
        isRequired: [...viewer.roles.values()].some((role) => staffRoles.includes(role)),
      };
    },
  }),
}));

builder.mutationFields((t) => ({
  startTotpEnrolment: t.field({
    type: TotpEnrolment,
    description:
      "Starts setting up an authenticator app. Replacing one already set up needs it (or a recovery code) proven in this session and your password (or a re-authentication in the last 5 minutes); the old app and recovery codes stop working at once.",
    authScopes: { signedIn: true },
    args: { currentPassword: t.arg.string(currentPasswordArg) },
    resolve: (_root, { currentPassword }, ctx) =>
      startTotpEnrolment({ ctx, viewer: requireViewer(ctx), currentPassword }),
  }),
  confirmTotpEnrolment: t.stringList({
    description: "Confirms the app with a code from it. Returns ten single-use recovery codes, shown only now.",
    authScopes: { signedIn: true },
    args: { code: t.arg.string({ required: true, validate: ZCode }) },
    resolve: (_root, { code }, ctx) => confirmTotpEnrolment({ ctx, viewer: requireViewer(ctx), code }),
  }),
  resetSecondFactor: t.boolean({
    description:
      "Removes a member's authenticator app and recovery codes, for someone who has lost both. Admins only, with their own password (or a re-authentication in the last 5 minutes); the person sees it in their record's history.",
    args: {
      organisationId: t.arg.id({ required: true }),
      personId: t.arg.id({ required: true }),
      currentPassword: t.arg.string(currentPasswordArg),
    },
    authScopes: (_root, { organisationId }) => ({ adminOf: String(organisationId) }),
    resolve: async (_root, { organisationId, personId, currentPassword }, ctx) => {
      await resetSecondFactor({
        ctx,
        viewer: requireViewer(ctx),
        organisationId: String(organisationId),
        personId: String(personId),
        currentPassword,
      });
      return true;
    },
  }),
  verifySecondFactor: t.boolean({
    description: "Proves the second factor for this session, with an app code or a recovery code.",
    authScopes: { signedIn: true },
    args: { code: t.arg.string({ required: true, validate: ZCode }) },
    resolve: async (_root, { code }, ctx) => {
      await verifySecondFactor({ ctx, viewer: requireViewer(ctx), code });
      return true;
    },
  }),
}));
