// Progression: a coordinator moving someone member → volunteer → peer mentor →
// recovery champion (or back), each change kept in role_changes so progression
// can be shown and counted. Making or unmaking coordinators and admins is for
// admins only, and nobody changes their own role.
import { schema } from "@kinship/db";
import type { Role } from "@kinship/db/schema";
import { and, eq } from "drizzle-orm";
import { recordMembersRead } from "../../audit/access-record";
import { AppError } from "../../errors";
import { type Context, staffRoles, type Viewer } from "../../graphql/context";

export async function changeMemberRole({
  ctx,
  viewer,
  organisationId,
  personId,
  role,
}: {
  ctx: Context;
  viewer: Viewer;
  organisationId: string;
  personId: string;
  role: Role;
}) {
  if (personId === viewer.personId) {
    throw new AppError("FORBIDDEN", "You can't change your own role. Ask another coordinator or an admin.");
  }
  const { memberships, roleChanges } = schema;
  const [membership] = await ctx.db
    .select()
    .from(memberships)
    .where(and(eq(memberships.personId, personId), eq(memberships.organisationId, organisationId)));
  if (!membership) throw new AppError("NOT_FOUND", "That person isn't a member of this organisation.");
  const touchesStaff = staffRoles.includes(role) || staffRoles.includes(membership.role);
  if (touchesStaff && viewer.roles.get(organisationId) !== "admin") {
    throw new AppError("FORBIDDEN", "Only an admin can make someone a coordinator or admin, or change theirs.");
  }
  const these = eq(memberships.id, membership.id);
  const audit = recordMembersRead(ctx, viewer, these, {
    organisationId,
    relationship: "staff of the person's organisation",
    fields: ["role"],
    via: "Mutation.changeMemberRole",
  });
  if (membership.role === role) {
    await audit;
    return membership.id;
  }
  await ctx.db.batch([
    ctx.db
      .update(memberships)
      .set({ role })
      .where(and(these, eq(memberships.role, membership.role))),
    ctx.db.insert(roleChanges).values({
      personId,
      organisationId,
      fromRole: membership.role,
      toRole: role,
      changedByPersonId: viewer.personId,
      changedAt: ctx.now(),
    }),
    audit,
  ]);
  return membership.id;
}
