// A member logs hours they volunteered for one of their organisations. The entry
// waits for a coordinator to approve it; until then only the person can change it.
import { newId, schema } from "@kinship/db";
import type { Context, Viewer } from "../graphql/context";
import { checkWorkedOn, type HoursInput } from "./hours-input";

export async function logHours({
  ctx,
  viewer,
  organisationId,
  input,
}: {
  ctx: Context;
  viewer: Viewer;
  organisationId: string;
  input: HoursInput;
}) {
  checkWorkedOn(input.workedOn, ctx.now());
  const id = newId();
  await ctx.db.insert(schema.volunteeringHours).values({
    id,
    personId: viewer.personId,
    organisationId,
    activity: input.activity,
    workedOn: input.workedOn,
    minutes: input.minutes,
    description: input.description,
    status: "pending",
    createdAt: ctx.now(),
  });
  return id;
}
