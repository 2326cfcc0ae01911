// Giving or withdrawing one consent. Each change is recorded with the wording
// the person was shown; repeating the choice in force records nothing new.
import { schema } from "@kinship/db";
import type { ConsentPurpose } from "@kinship/db/schema";
import type { Context, Viewer } from "../graphql/context";
import { consentWording } from "./wording";

interface ConsentChoice {
  // Only the database and the clock: a stop link withdraws reminders with no signed-in request.
  ctx: Pick<Context, "db" | "now">;
  viewer: Pick<Viewer, "personId">;
  purpose: ConsentPurpose;
  isGranted: boolean;
}

export async function setConsent(choice: ConsentChoice) {
  const change = await consentChange(choice);
  if (change) await change.statement;
}

/**
 * The INSERT recording the choice (to run in a batch with other writes), or null
 * when it is the choice in force. Wrapped in an object: a query returned bare
 * from an async function would be awaited, so run, on the way out.
 */
export async function consentChange({ ctx, viewer, purpose, isGranted }: ConsentChoice) {
  const wordingVersion = consentWording[purpose].version;
  const newest = await ctx.db.query.consents.findFirst({
    where: { personId: viewer.personId, purpose },
    orderBy: { id: "desc" },
  });
  if (newest?.isGranted === isGranted && newest.wordingVersion === wordingVersion) return null;
  const statement = ctx.db.insert(schema.consents).values({
    personId: viewer.personId,
    purpose,
    isGranted,
    wordingVersion,
    recordedAt: ctx.now(),
  });
  return { statement };
}
