// Giving or withdrawing one consent. Each change is recorded with the wording
// the person was shown; repeating the choice in force records nothing new.
import { schema } from "@kinship/db";
import type { ConsentPurpose } from "@kinship/db/schema";
import type { Context, Viewer } from "../graphql/context";
import { consentWording } from "./wording";

export async function setConsent({
  ctx,
  viewer,
  purpose,
  isGranted,
}: {
  ctx: Context;
  viewer: Viewer;
  purpose: ConsentPurpose;
  isGranted: boolean;
}) {
  const wordingVersion = consentWording[purpose].version;
  const newest = await ctx.db.query.consents.findFirst({
    where: { personId: viewer.personId, purpose },
    orderBy: { id: "desc" },
  });
  if (newest?.isGranted === isGranted && newest.wordingVersion === wordingVersion) return;
  await ctx.db.insert(schema.consents).values({
    personId: viewer.personId,
    purpose,
    isGranted,
    wordingVersion,
    recordedAt: ctx.now(),
  });
}
