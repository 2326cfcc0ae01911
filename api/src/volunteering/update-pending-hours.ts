// The person corrects an entry while it still waits for a coordinator. Once it
// is approved or declined it is a record and stays as it was (the database
// refuses the change too; see the volunteering_hours_locked migration).
import { schema } from "@kinship/db";
import { and, eq } from "drizzle-orm";
import { AppError } from "../errors";
import type { Context, Viewer } from "../graphql/context";
import { checkWorkedOn, type HoursInput } from "./hours-input";

export async function updatePendingHours({
  ctx,
  viewer,
  id,
  input,
}: {
  ctx: Context;
  viewer: Viewer;
  id: string;
  input: HoursInput;
}) {
  const { volunteeringHours } = schema;
  const [entry] = await ctx.db
    .select({ status: volunteeringHours.status, supportSessionId: volunteeringHours.supportSessionId })
    .from(volunteeringHours)
    .where(and(eq(volunteeringHours.id, id), eq(volunteeringHours.personId, viewer.personId)));
  // Someone else's entry is "not found" too: its existence is not the viewer's business.
  if (!entry) throw new AppError("NOT_FOUND", "We couldn't find that entry among your hours.");
  if (entry.status !== "pending") {
    throw new AppError(
      "CONFLICT",
      `A coordinator has already ${entry.status} these hours, so they can't be changed. If something is wrong, add a new entry or speak to a coordinator.`,
    );
  }
  if (entry.supportSessionId) {
    throw new AppError(
      "CONFLICT",
      "These hours come from a support session you logged, so they follow that session. If they are wrong, speak to a coordinator.",
    );
  }
  checkWorkedOn(input.workedOn, ctx.now());
  // Only while still pending: a coordinator deciding it a moment ago wins.
  const changed = await ctx.db
    .update(volunteeringHours)
    .set({
      activity: input.activity,
      workedOn: input.workedOn,
      minutes: input.minutes,
      description: input.description,
    })
    .where(and(eq(volunteeringHours.id, id), eq(volunteeringHours.status, "pending")))
    .returning({ id: volunteeringHours.id });
  if (changed.length === 0) {
    throw new AppError("CONFLICT", "A coordinator has just checked these hours, so they can't be changed now.");
  }
}
