// GraphQL for import sources: an organisation's promoters add a Meeting Guide
// or BMLT feed, run it now (from its address or from a file's contents), and
// read what each run changed.
import { newId, schema } from "@kinship/db";
import { importFormats } from "@kinship/db/schema";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { AppError } from "../../errors";
import { builder, enumOfValues } from "../../graphql/builder";
import type { Context } from "../../graphql/context";
import { GatheringKindEnum } from "../gathering-types";
import { fetchFeed, parseFeedText } from "./fetch-feed";
import { emptyReport, type ImportReport, type ImportSource, runImport } from "./run-import";

const FormatEnum = enumOfValues("ImportFormat", importFormats);

const Problem = builder.objectRef<ImportReport["invalid"][number]>("ImportProblem").implement({
  fields: (t) => ({ record: t.exposeString("record"), problems: t.exposeStringList("problems") }),
});

const Report = builder.objectRef<ImportReport>("ImportReport").implement({
  description: "What one import run changed. Conflicts are listings edited here that the source also changed.",
  fields: (t) => ({
    ranAt: t.field({ type: "DateTime", resolve: (r) => new Date(r.ranAt) }),
    records: t.exposeInt("records"),
    added: t.exposeStringList("added"),
    updated: t.exposeStringList("updated"),
    unchanged: t.exposeInt("unchanged"),
    withdrawn: t.exposeStringList("withdrawn"),
    relisted: t.exposeStringList("relisted"),
    conflicts: t.exposeStringList("conflicts"),
    invalid: t.field({ type: [Problem], resolve: (r) => r.invalid }),
    error: t.exposeString("error", { nullable: true }),
  }),
});

const Source = builder.objectRef<ImportSource>("ImportSource").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    format: t.expose("format", { type: FormatEnum }),
    url: t.exposeString("url", { nullable: true }),
    defaultKind: t.expose("defaultKind", { type: GatheringKindEnum }),
    everyHours: t.exposeInt("everyHours"),
    lastRunAt: t.expose("lastRunAt", { type: "DateTime", nullable: true }),
    lastReport: t.field({
      type: Report,
      nullable: true,
      resolve: (s) =>
        s.lastReport ? { ...emptyReport(new Date(0)), ...(s.lastReport as Partial<ImportReport>) } : null,
    }),
  }),
});

const SourceInput = builder.inputType("ImportSourceInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: z.string().trim().min(1, "Give the source a name.").max(120) }),
    format: t.field({ type: FormatEnum, required: true }),
    url: t.string({
      validate: z
        .string()
        .trim()
        .max(500)
        .refine((value) => /^https:\/\/\S+$/i.test(value) && URL.canParse(value), "Use a full https:// address."),
    }),
    defaultKind: t.field({ type: GatheringKindEnum, required: true }),
    everyHours: t.int({
      validate: z
        .number()
        .int()
        .min(0)
        .max(24 * 7, "At most once a week."),
    }),
  }),
});

async function sourceOwner(ctx: Context, id: string | number) {
  const row = await ctx.db.query.importSources.findFirst({
    columns: { organisationId: true },
    where: { id: String(id) },
  });
  return row?.organisationId ?? "";
}

builder.queryFields((t) => ({
  importSources: t.field({
    type: [Source],
    args: { organisationId: t.arg.id({ required: true }) },
    authScopes: (_root, { organisationId }) => ({ promoterOf: String(organisationId) }),
    resolve: (_root, { organisationId }, ctx) =>
      ctx.db
        .select()
        .from(schema.importSources)
        .where(eq(schema.importSources.organisationId, String(organisationId))),
  }),
}));

builder.mutationFields((t) => ({
  addImportSource: t.field({
    type: Source,
    args: { organisationId: t.arg.id({ required: true }), input: t.arg({ type: SourceInput, required: true }) },
    authScopes: (_root, { organisationId }) => ({ promoterOf: String(organisationId) }),
    resolve: async (_root, { organisationId, input }, ctx) => {
      const [source] = await ctx.db
        .insert(schema.importSources)
        .values({
          id: newId(),
          organisationId: String(organisationId),
          name: input.name,
          format: input.format,
          url: input.url || null,
          defaultKind: input.defaultKind,
          everyHours: input.everyHours ?? 0,
          createdAt: ctx.now(),
        })
        .returning();
      return source!;
    },
  }),
  runImport: t.field({
    type: Report,
    description: "Import now: from the source's address, or from `feed` (a file's JSON contents) when given.",
    args: {
      sourceId: t.arg.id({ required: true }),
      feed: t.arg.string({ validate: z.string().max(5 * 1024 * 1024, "The file is larger than 5 MB.") }),
    },
    authScopes: async (_root, { sourceId }, ctx) => ({ promoterOf: await sourceOwner(ctx, sourceId) }),
    resolve: async (_root, { sourceId, feed }, ctx) => {
      const source = await ctx.db.query.importSources.findFirst({ where: { id: String(sourceId) } });
      if (!source) throw new AppError("NOT_FOUND", "That import source no longer exists.");
      const fetched = feed
        ? parseFeedText(feed)
        : source.url
          ? await fetchFeed(source.url)
          : { error: "This source has no address; upload a file instead." };
      if (fetched.error) return { ...emptyReport(ctx.now()), error: fetched.error };
      return runImport({ db: ctx.db, geocoder: ctx.directory.geocoder, source, feed: fetched.feed, now: ctx.now() });
    },
  }),
}));
