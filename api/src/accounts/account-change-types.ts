// GraphQL for changing how a person signs in: proving the password again, and
// a new email address or mobile number (see re-authentication.ts for the rule;
// the new one is proven with a code, verification-types.ts).
import { z } from "zod";
import { builder } from "../graphql/builder";
import { requireViewer } from "../graphql/viewer";
import { currentPasswordArg, ZEmail, ZMobile } from "./account-input";
import { changeEmail, changeMobile } from "./change-contact-details";
import { reauthenticate } from "./re-authentication";
import { Person } from "./types";
import { ContactChannelEnum } from "./verification-types";

// An empty answer removes the detail (allowed while the other one remains).
const blankAsNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

const loadPerson = async (ctx: Parameters<typeof requireViewer>[0], id: string) =>
  (await ctx.db.query.people.findFirst({ where: { id } }))!;

type Started = { verificationId: string; sentTo: "email" | "mobile" } | null;
const ContactChange = builder.objectRef<{ started: Started; personId: string }>("ContactChange");
ContactChange.implement({
  description:
    "A removal takes effect at once. A new email address or mobile number gets a code, and takes effect when `confirmContactChange` gets the code back.",
  fields: (t) => ({
    verificationId: t.id({ nullable: true, resolve: ({ started }) => started?.verificationId ?? null }),
    sentTo: t.field({ type: ContactChannelEnum, nullable: true, resolve: ({ started }) => started?.sentTo ?? null }),
    person: t.field({ type: Person, resolve: ({ personId }, _args, ctx) => loadPerson(ctx, personId) }),
  }),
});

builder.mutationFields((t) => ({
  reauthenticate: t.field({
    type: "DateTime",
    description:
      "Proves your password again. Changes to how you sign in (email, mobile, authenticator app) then go through without asking again until the time returned, 5 minutes from now.",
    authScopes: { signedIn: true },
    args: {
      password: t.arg.string({ required: true, validate: z.string().min(1, "Enter your password.").max(1024) }),
    },
    resolve: (_root, { password }, ctx) => reauthenticate({ ctx, viewer: requireViewer(ctx), password }),
  }),
  changeEmail: t.field({
    type: ContactChange,
    description:
      "Sends a code to a new email address to sign in with (see `confirmContactChange`), or removes it at once (an empty answer) if you have a mobile number. Signs out every other device once done.",
    authScopes: { signedIn: true },
    args: {
      newEmail: t.arg.string({ required: true }).validate(z.preprocess(blankAsNull, ZEmail.nullable())),
      currentPassword: t.arg.string(currentPasswordArg),
    },
    resolve: async (_root, { newEmail, currentPassword }, ctx) => {
      const viewer = requireViewer(ctx);
      const started = await changeEmail({ ctx, viewer, value: newEmail ?? null, currentPassword });
      return { started, personId: viewer.personId };
    },
  }),
  changeMobile: t.field({
    type: ContactChange,
    description:
      "Sends a code to a new mobile number to sign in with (see `confirmContactChange`), or removes it at once (an empty answer) if you have an email address. Signs out every other device once done.",
    authScopes: { signedIn: true },
    args: {
      newMobile: t.arg.string({ required: true }).validate(z.preprocess(blankAsNull, ZMobile.nullable())),
      currentPassword: t.arg.string(currentPasswordArg),
    },
    resolve: async (_root, { newMobile, currentPassword }, ctx) => {
      const viewer = requireViewer(ctx);
      const started = await changeMobile({ ctx, viewer, value: newMobile ?? null, currentPassword });
      return { started, personId: viewer.personId };
    },
  }),
}));
