// GraphQL for an organisation's retention of closed mentoring cases:
// coordinators read it (so they can tell people how long their records are
// kept), admins change it.
import { schema } from "@kinship/db";
import { count, desc, eq } from "drizzle-orm";
import { builder } from "../graphql/builder";
import type { Context } from "../graphql/context";
import {
  closedCaseMonthsRange,
  defaultClosedCaseMonths,
  loadRetentionSettings,
  type RetentionSettings,
  ZClosedCaseMonths,
} from "./retention-settings";
import { retentionJob } from "./run-retention-job";
import { updateRetentionSettings } from "./update-retention-settings";

async function clearedCaseCount(ctx: Context, organisationId: string) {
  const { retentionClearedCases } = schema;
  const [row] = await ctx.db
    .select({ n: count() })
    .from(retentionClearedCases)
    .where(eq(retentionClearedCases.organisationId, organisationId));
  return row?.n ?? 0;
}

async function lastRunAt(ctx: Context) {
  const { scheduledRuns } = schema;
  const [row] = await ctx.db
    .select({ finishedAt: scheduledRuns.finishedAt })
    .from(scheduledRuns)
    .where(eq(scheduledRuns.job, retentionJob))
    .orderBy(desc(scheduledRuns.claimedAt))
    .limit(1);
  return row?.finishedAt ?? null;
}

const RetentionSettingsRef = builder.objectRef<RetentionSettings>("RetentionSettings").implement({
  description: "How long the organisation keeps the detail of closed mentoring cases.",
  fields: (t) => ({
    closedCaseMonths: t.exposeInt("closedCaseMonths", {
      description: "Months after a case closes before its notes, concerns, follow-ups and history are cleared.",
    }),
    isDefault: t.exposeBoolean("isDefault", { description: "The organisation has not chosen its own period." }),
    defaultClosedCaseMonths: t.int({ resolve: () => defaultClosedCaseMonths }),
    minimumMonths: t.int({ resolve: () => closedCaseMonthsRange.min }),
    maximumMonths: t.int({ resolve: () => closedCaseMonthsRange.max }),
    clearedCases: t.int({
      description: "How many of the organisation's closed cases have been cleared so far.",
      resolve: (settings, _args, ctx) => clearedCaseCount(ctx, settings.organisationId),
    }),
    lastRunAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the hourly retention schedule last finished, if in the past week.",
      resolve: (_settings, _args, ctx) => lastRunAt(ctx),
    }),
  }),
});

builder.queryFields((t) => ({
  retentionSettings: t.field({
    type: RetentionSettingsRef,
    description: "How long the organisation keeps closed mentoring cases. Coordinators and admins.",
    args: { organisationId: t.arg.id({ required: true }) },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: (_root, { organisationId }, ctx) => loadRetentionSettings(ctx.db, String(organisationId)),
  }),
}));

builder.mutationFields((t) => ({
  updateRetentionSettings: t.field({
    type: RetentionSettingsRef,
    description: "Choose how long closed mentoring cases keep their detail. Admins only.",
    args: {
      organisationId: t.arg.id({ required: true }),
      closedCaseMonths: t.arg.int({ required: true, validate: ZClosedCaseMonths }),
    },
    authScopes: (_root, { organisationId }) => ({ adminOf: String(organisationId) }),
    resolve: (_root, { organisationId, closedCaseMonths }, ctx) =>
      updateRetentionSettings({ ctx, organisationId: String(organisationId), closedCaseMonths }),
  }),
}));
