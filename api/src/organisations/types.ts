// GraphQL for organisations: what anyone may see (name, kind, town) and what
// only the organisation's own coordinators and admins may see (its members).

import { schema } from "@kinship/db";
import { organisationKinds } from "@kinship/db/schema";
import { and, eq, ne } from "drizzle-orm";
import { recordMembersRead } from "../audit/access-record";
import { selectedFieldNames } from "../audit/selected-fields";
import { builder, enumOfValues } from "../graphql/builder";
import { requireViewer } from "../graphql/viewer";

export const OrganisationKindEnum = enumOfValues("OrganisationKind", organisationKinds);

export const Organisation = builder.drizzleObject("organisations", {
  name: "Organisation",
  description: "A treatment service, recovery community or mutual-aid group.",
  fields: (t) => ({
    id: t.exposeID("id"),
    slug: t.exposeString("slug"),
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: OrganisationKindEnum }),
    town: t.exposeString("town"),
    website: t.exposeString("website", { nullable: true }),
    description: t.exposeString("description"),
    members: t.drizzleField({
      type: ["memberships"],
      nullable: true,
      description:
        "Who belongs to the organisation and in what role. Coordinators and admins only; every read is audited.",
      authScopes: (organisation) => ({ staffOf: organisation.id }),
      resolve: async (query, organisation, _args, ctx, info) => {
        const viewer = requireViewer(ctx);
        const { memberships } = schema;
        const others = and(eq(memberships.organisationId, organisation.id), ne(memberships.personId, viewer.personId));
        const [, rows] = await ctx.db.batch([
          recordMembersRead(ctx, viewer, others, {
            organisationId: organisation.id,
            relationship: "staff of the person's organisation",
            fields: [...selectedFieldNames(info, ["person"]).map((f) => `person.${f}`), "role"],
            via: "Organisation.members",
          }),
          ctx.db.query.memberships.findMany(
            query({ where: { organisationId: organisation.id }, orderBy: { createdAt: "asc" } }),
          ),
        ]);
        return rows;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  organisations: t.drizzleField({
    type: ["organisations"],
    description: "Every organisation on Kinship, by name.",
    resolve: (query, _root, _args, ctx) => ctx.db.query.organisations.findMany(query({ orderBy: { name: "asc" } })),
  }),
  organisation: t.drizzleField({
    type: "organisations",
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, { slug }, ctx) =>
      ctx.db.query.organisations.findFirst(query({ where: { slug } })).then((o) => o ?? null),
  }),
}));
