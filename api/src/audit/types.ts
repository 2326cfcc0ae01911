// GraphQL for the access audit: a person sees who looked at their record;
// an organisation's admins search its log.
import { z } from "zod";
import { builder } from "../graphql/builder";
import { requireViewer } from "../graphql/viewer";

const ZPageSize = (max: number) =>
  z.number().int().min(1, "Ask for at least one.").max(max, `Ask for at most ${max} at a time.`).nullish();

const AccessRecord = builder.drizzleObject("accessAudit", {
  name: "AccessRecord",
  description: "Someone read part of a person's record.",
  fields: (t) => ({
    id: t.exposeID("id"),
    at: t.expose("at", { type: "DateTime" }),
    viewerName: t.string({
      description: "The display name of who looked, or a placeholder if their account is gone.",
      select: { with: { viewer: { columns: { displayName: true } } } },
      resolve: (record) => record.viewer?.displayName ?? "A former member",
    }),
    viewerRole: t.exposeString("viewerRole"),
    relationship: t.exposeString("relationship"),
    fields: t.stringList({ resolve: (record) => record.fields.split(",").filter(Boolean) }),
    via: t.exposeString("via"),
    organisation: t.relation("organisation", { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  myRecordViews: t.drizzleField({
    type: [AccessRecord],
    description: "Who has looked at your record, newest first.",
    authScopes: { signedIn: true },
    args: { first: t.arg.int({ defaultValue: 50, validate: ZPageSize(200) }) },
    resolve: (query, _root, { first }, ctx) =>
      ctx.db.query.accessAudit.findMany(
        query({ where: { subjectPersonId: requireViewer(ctx).personId }, orderBy: { id: "desc" }, limit: first ?? 50 }),
      ),
  }),
  organisationAccessLog: t.drizzleField({
    type: [AccessRecord],
    description: "Reads of people's records through this organisation, newest first. Admins only.",
    args: {
      organisationId: t.arg.id({ required: true }),
      subjectPersonId: t.arg.id(),
      viewerPersonId: t.arg.id(),
      first: t.arg.int({ defaultValue: 100, validate: ZPageSize(500) }),
    },
    authScopes: (_root, { organisationId }) => ({ adminOf: String(organisationId) }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.accessAudit.findMany(
        query({
          where: {
            organisationId: String(args.organisationId),
            ...(args.subjectPersonId ? { subjectPersonId: String(args.subjectPersonId) } : {}),
            ...(args.viewerPersonId ? { viewerPersonId: String(args.viewerPersonId) } : {}),
          },
          orderBy: { id: "desc" },
          limit: args.first ?? 100,
        }),
      ),
  }),
}));
