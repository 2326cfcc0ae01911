// GraphQL for consents: each purpose with its wording and the person's choice.
import { consentPurposes } from "@kinship/db/schema";
import { builder, enumOfValues } from "../graphql/builder";
import { requireViewer } from "../graphql/viewer";
import { type ConsentRecord, currentConsents } from "./consent-state";
import { setConsent } from "./set-consent";
import { consentWording } from "./wording";

const ConsentPurposeEnum = enumOfValues("ConsentPurpose", consentPurposes);

const Consent = builder.objectRef<ConsentRecord>("Consent").implement({
  description: "One thing a person may agree to, and whether they have.",
  fields: (t) => ({
    purpose: t.expose("purpose", { type: ConsentPurposeEnum }),
    title: t.string({ resolve: (c) => consentWording[c.purpose].title }),
    wording: t.string({ description: "The current wording.", resolve: (c) => consentWording[c.purpose].wording }),
    isGranted: t.exposeBoolean("isGranted"),
    recordedAt: t.expose("recordedAt", { type: "DateTime", nullable: true }),
    isWordingChanged: t.boolean({
      description: "The person agreed to an earlier wording than the one shown now.",
      resolve: (c) => c.isGranted && c.wordingVersion !== consentWording[c.purpose].version,
    }),
  }),
});

builder.queryFields((t) => ({
  myConsents: t.field({
    type: [Consent],
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => currentConsents(ctx.db, requireViewer(ctx).personId),
  }),
}));

builder.mutationFields((t) => ({
  setConsent: t.field({
    type: [Consent],
    description: "Gives or withdraws one consent, with immediate effect. Returns all of your consents.",
    authScopes: { signedIn: true },
    args: {
      purpose: t.arg({ type: ConsentPurposeEnum, required: true }),
      isGranted: t.arg.boolean({ required: true }),
    },
    resolve: async (_root, { purpose, isGranted }, ctx) => {
      const viewer = requireViewer(ctx);
      await setConsent({ ctx, viewer, purpose, isGranted });
      return currentConsents(ctx.db, viewer.personId);
    },
  }),
}));
