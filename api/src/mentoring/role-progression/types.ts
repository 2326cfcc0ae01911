// GraphQL for role progression: changing a member's role, and each membership's
// history of roles, for the person and their organisation's staff (audited).
import { schema } from "@kinship/db";
import { and, eq, inArray, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { Membership, RoleEnum } from "../../accounts/types";
import { recordMembersRead } from "../../audit/access-record";
import { builder } from "../../graphql/builder";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { perRequestBatch } from "../request-batch";
import { changeMemberRole } from "./change-member-role";

type RoleChangeRow = typeof schema.roleChanges.$inferSelect & { changedByName: string | null };

const RoleChangeRef = builder.objectRef<RoleChangeRow>("RoleChange").implement({
  fields: (t) => ({
    fromRole: t.expose("fromRole", { type: RoleEnum, nullable: true }),
    toRole: t.expose("toRole", { type: RoleEnum }),
    changedAt: t.expose("changedAt", { type: "DateTime" }),
    changedByName: t.exposeString("changedByName", { nullable: true }),
  }),
});

interface Wanted {
  membershipId: string;
  personId: string;
  organisationId: string;
}

// Every membership in a list asks in the same pass; one query (and, for staff,
// one audit row per person read, in the same batch) answers them all.
async function loadHistories(ctx: Context, wanted: Wanted[]) {
  const viewer = requireViewer(ctx);
  const { roleChanges, memberships, people } = schema;
  const changedBy = alias(people, "changed_by");
  const read = ctx.db
    .select({ change: roleChanges, changedByName: changedBy.displayName })
    .from(roleChanges)
    .leftJoin(changedBy, eq(changedBy.id, roleChanges.changedByPersonId))
    .where(
      and(
        inArray(roleChanges.personId, [...new Set(wanted.map((w) => w.personId))]),
        inArray(roleChanges.organisationId, [...new Set(wanted.map((w) => w.organisationId))]),
      ),
    )
    .orderBy(roleChanges.changedAt, roleChanges.id);
  const others = wanted.filter((w) => w.personId !== viewer.personId);
  const audits = [...new Set(others.map((w) => w.organisationId))].map((organisationId) =>
    recordMembersRead(
      ctx,
      viewer,
      and(
        inArray(
          memberships.id,
          others.filter((w) => w.organisationId === organisationId).map((w) => w.membershipId),
        ),
        ne(memberships.personId, viewer.personId),
      ),
      {
        organisationId,
        relationship: "staff of the person's organisation",
        fields: ["roleHistory"],
        via: "Membership.roleHistory",
      },
    ),
  );
  const [rows] = await ctx.db.batch([read, ...audits]);
  return rows.map(({ change, changedByName }) => ({ ...change, changedByName }));
}

const roleHistories = perRequestBatch(loadHistories);

async function roleHistory(ctx: Context, wanted: Wanted) {
  const rows = await roleHistories(ctx, wanted);
  return rows.filter((r) => r.personId === wanted.personId && r.organisationId === wanted.organisationId);
}

builder.objectField(Membership, "roleHistory", (t) =>
  t.field({
    type: [RoleChangeRef],
    description: "Every change of this role, oldest first: for the person, and their organisation's staff (audited).",
    authScopes: (membership, _args, ctx) =>
      membership.personId === ctx.viewer?.personId ? true : { staffOf: membership.organisationId },
    resolve: (membership, _args, ctx) =>
      roleHistory(ctx, {
        membershipId: membership.id,
        personId: membership.personId,
        organisationId: membership.organisationId,
      }),
  }),
);

builder.mutationFields((t) => ({
  changeMemberRole: t.drizzleField({
    type: "memberships",
    description:
      "Change a member's role (member, volunteer, peer mentor, recovery champion). Only admins make coordinators and admins.",
    args: {
      organisationId: t.arg.id({ required: true }),
      personId: t.arg.id({ required: true }),
      role: t.arg({ type: RoleEnum, required: true }),
    },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: async (query, _root, { organisationId, personId, role }, ctx) => {
      const id = await changeMemberRole({
        ctx,
        viewer: requireViewer(ctx),
        organisationId: String(organisationId),
        personId: String(personId),
        role,
      });
      return (await ctx.db.query.memberships.findFirst(query({ where: { id } })))!;
    },
  }),
}));
