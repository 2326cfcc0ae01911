// GraphQL for organisations: what anyone may see (name, kind, town) and what
// only the organisation's own coordinators and admins may see (its members).
import { organisationKinds } from "@kinship/db/schema";
import { builder, enumOfValues } from "../graphql/builder";

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
    members: t.relation("memberships", {
      nullable: true,
      description: "Who belongs to the organisation and in what role. Coordinators and admins only.",
      authScopes: (organisation) => ({ staffOf: organisation.id }),
      query: { orderBy: { createdAt: "asc" } },
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
