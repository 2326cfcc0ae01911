// GraphQL for accounts: the signed-in person, their sessions and memberships,
// and the sign-up / sign-in / sign-out mutations (codes: verification-types.ts).
import { roles } from "@kinship/db/schema";
import { z } from "zod";
import { listActiveSessions } from "../auth/sessions";
import { builder, enumOfValues } from "../graphql/builder";
import { requireViewer } from "../graphql/viewer";
import { ZDisplayName, ZEmail, ZMobile, ZNewPassword } from "./account-input";
import { changePassword } from "./change-password";
import { signIn } from "./sign-in";
import { endOtherSession, signOut, signOutEverywhere } from "./sign-out";
import { signUp } from "./sign-up";
import { VerificationStarted } from "./verification-types";

export const RoleEnum = enumOfValues("Role", roles);

export const Person = builder.drizzleObject("people", {
  name: "Person",
  description: "Someone who uses Kinship. Only their chosen display name is visible to others who may see them.",
  fields: (t) => ({
    id: t.exposeID("id"),
    displayName: t.exposeString("displayName"),
    email: t.exposeString("email", {
      nullable: true,
      authScopes: (person, _args, ctx) => ctx.viewer?.personId === person.id,
    }),
    mobile: t.exposeString("mobile", {
      nullable: true,
      authScopes: (person, _args, ctx) => ctx.viewer?.personId === person.id,
    }),
    memberships: t.relation("memberships", {
      nullable: true,
      authScopes: (person, _args, ctx) => ctx.viewer?.personId === person.id,
    }),
  }),
});

export const Membership = builder.drizzleObject("memberships", {
  name: "Membership",
  fields: (t) => ({
    id: t.exposeID("id"),
    role: t.expose("role", { type: RoleEnum }),
    since: t.expose("createdAt", { type: "DateTime" }),
    person: t.relation("person"),
    organisation: t.relation("organisation"),
  }),
});

const SignInSession = builder.objectRef<{
  id: string;
  device: string;
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  isCurrent: boolean;
}>("SignInSession");
SignInSession.implement({
  description: "A device where you are signed in.",
  fields: (t) => ({
    id: t.exposeID("id"),
    device: t.exposeString("device"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    isCurrent: t.exposeBoolean("isCurrent"),
  }),
});

builder.queryFields((t) => ({
  me: t.drizzleField({
    type: "people",
    nullable: true,
    description: "The signed-in person, or null when signed out.",
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer ? ctx.db.query.people.findFirst(query({ where: { id: ctx.viewer.personId } })) : null,
  }),
  mySessions: t.field({
    type: [SignInSession],
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      const viewer = requireViewer(ctx);
      const sessions = await listActiveSessions(ctx.db, viewer.personId, ctx.now());
      return sessions.map((s) => ({ ...s, isCurrent: s.id === viewer.session.id }));
    },
  }),
}));

// Validated as a whole so that every problem is reported at once, not one per try.
const blankAsMissing = (value: unknown) => (value === "" ? undefined : value);
const ZSignUpInput = z.object({
  displayName: ZDisplayName,
  email: z.preprocess(blankAsMissing, ZEmail.nullish()),
  mobile: z.preprocess(blankAsMissing, ZMobile.nullish()),
  password: ZNewPassword,
});

const SignUpInput = builder.inputType("SignUpInput", {
  validate: ZSignUpInput,
  fields: (t) => ({
    displayName: t.string({ required: true }),
    email: t.string(),
    mobile: t.string({ description: "A UK mobile number (07…) or an international one (+…)." }),
    password: t.string({ required: true }),
  }),
});

const SignInInput = builder.inputType("SignInInput", {
  fields: (t) => ({
    identifier: t.string({
      required: true,
      description: "Your email address or mobile number.",
      validate: z.string().trim().min(1, "Enter your email address or mobile number.").max(254),
    }),
    password: t.string({ required: true, validate: z.string().min(1, "Enter your password.").max(1024) }),
  }),
});

const ChangePasswordInput = builder.inputType("ChangePasswordInput", {
  fields: (t) => ({
    currentPassword: t.string({
      required: true,
      validate: z.string().min(1, "Enter your current password.").max(1024),
    }),
    newPassword: t.string({ required: true, validate: ZNewPassword }),
  }),
});

const loadPerson = (ctx: Parameters<typeof requireViewer>[0], id: string) =>
  ctx.db.query.people.findFirst({ where: { id } }).then((person) => person ?? null);

builder.mutationFields((t) => ({
  signUp: t.field({
    type: VerificationStarted,
    description:
      "Starts creating an account: sends a code to the email address or mobile number given. `confirmSignUp` with that code creates the account and signs in. The answer is the same whether or not the address already has an account.",
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: (_root, { input }, ctx) => signUp({ ctx, input }),
  }),
  signIn: t.field({
    type: Person,
    description: "Signs in on this device, starting a new session.",
    args: { input: t.arg({ type: SignInInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = await signIn({ ctx, input });
      return (await loadPerson(ctx, id))!;
    },
  }),
  signOut: t.boolean({
    description: "Ends the session on this device.",
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      await signOut({ ctx, viewer: requireViewer(ctx) });
      return true;
    },
  }),
  signOutEverywhere: t.boolean({
    description: "Ends every session on every device, this one included.",
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      await signOutEverywhere({ ctx, viewer: requireViewer(ctx) });
      return true;
    },
  }),
  endSession: t.boolean({
    description: "Ends one of your sessions, for example on a lost phone.",
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      await endOtherSession({ ctx, viewer: requireViewer(ctx), sessionId: String(id) });
      return true;
    },
  }),
  changePassword: t.boolean({
    description: "Changes your password and signs out every other device.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: ChangePasswordInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await changePassword({ ctx, viewer: requireViewer(ctx), input });
      return true;
    },
  }),
}));
