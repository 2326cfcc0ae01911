// A coordinator approves or declines entries of hours, up to 200 at once, all or
// nothing: every entry must be pending and in an organisation they coordinate
// (second factor proven), and none may be their own. Approval also records any
// milestone each person reaches; notices go in the same batch as the decision.
import { schema } from "@kinship/db";
import { inArray } from "drizzle-orm";
import { AppError, validationError } from "../errors";
import type { Context, Viewer } from "../graphql/context";
import { decisionNotices, type EntryToDecide, milestoneWrites } from "./decision-writes";
import { requireStaffOf } from "./staff-check";
import { auditStaffEntriesRead, selectStaffEntries, toStaffEntries } from "./staff-entries";

export type HoursDecision = "approve" | "decline";
export const mostDecidedAtOnce = 200;

const { volunteeringHours, organisations } = schema;

export async function decideHours({
  ctx,
  viewer,
  ids,
  decision,
  reason,
}: {
  ctx: Context;
  viewer: Viewer;
  ids: string[];
  decision: HoursDecision;
  reason: string | null;
}) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw validationError({ ids: ["Choose at least one entry."] });
  if (decision === "decline" && !reason) {
    throw validationError({ reason: ["Say why you're declining these hours, so the person understands."] });
  }
  const these = inArray(volunteeringHours.id, unique);
  const entries: EntryToDecide[] = await ctx.db
    .select({
      id: volunteeringHours.id,
      personId: volunteeringHours.personId,
      organisationId: volunteeringHours.organisationId,
      status: volunteeringHours.status,
      minutes: volunteeringHours.minutes,
    })
    .from(volunteeringHours)
    .where(these);
  const organisationIds = [...new Set(entries.map((entry) => entry.organisationId))];
  for (const organisationId of organisationIds) requireStaffOf(ctx, viewer, organisationId);
  if (entries.length < unique.length) {
    throw new AppError("NOT_FOUND", "Some of these entries no longer exist. Reload the page and try again.");
  }
  if (entries.some((entry) => entry.personId === viewer.personId)) {
    throw new AppError(
      "FORBIDDEN",
      "You can't approve or decline your own hours. Another coordinator or an administrator will check them.",
    );
  }
  const decided = entries.filter((entry) => entry.status !== "pending");
  if (decided.length > 0) {
    throw new AppError(
      "CONFLICT",
      `${decided.length === 1 ? "One of these entries has" : `${decided.length} of these entries have`} already been approved or declined, so nothing was changed. Reload the page to see where things are.`,
      { alreadyDecidedIds: decided.map((entry) => entry.id) },
    );
  }

  const now = ctx.now();
  const names = await ctx.db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, organisationIds));
  const nameOf = new Map(names.map((o) => [o.id, o.name]));
  const writes = [
    ...decisionNotices(ctx, entries, decision, nameOf),
    ...(decision === "approve" ? await milestoneWrites(ctx, entries) : []),
    ...organisationIds.map((organisationId) =>
      auditStaffEntriesRead(ctx, viewer, {
        organisationId,
        where: these,
        limit: mostDecidedAtOnce,
        via: "Mutation.decideHours",
      }),
    ),
  ];
  try {
    const results = await ctx.db.batch([
      // The trigger refuses to change a decided entry, so if another coordinator
      // decided one of these since the check above, the whole batch rolls back.
      ctx.db
        .update(volunteeringHours)
        .set({
          status: decision === "approve" ? "approved" : "declined",
          decidedByPersonId: viewer.personId,
          decidedAt: now,
          declineReason: decision === "decline" ? reason : null,
        })
        .where(these),
      ...writes,
      selectStaffEntries(ctx, these, mostDecidedAtOnce),
    ]);
    return toStaffEntries(results[results.length - 1] as Parameters<typeof toStaffEntries>[0]);
  } catch (error) {
    if (isLockedError(error)) {
      throw new AppError("CONFLICT", "Someone else has just approved or declined some of these. Nothing was changed.");
    }
    throw error;
  }
}

function isLockedError(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause.message.includes("decided volunteering hours are locked")) return true;
  }
  return false;
}
