// The mentor (or a coordinator) calls off the planned contact: it and the
// reminders not yet sent are cancelled together. Cancelling twice changes nothing;
// one already past can't be cancelled (it happened, or it is a missed contact).
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { AppError } from "../../errors";
import type { Context } from "../../graphql/context";
import { cancelUpcomingContactsStatements } from "./cancel-upcoming-contacts";
import type { PlannedContactRow } from "./planned-contact-input";

export async function loadPlannedContact(ctx: Pick<Context, "db">, id: string): Promise<PlannedContactRow | null> {
  const [row] = await ctx.db.select().from(schema.plannedContacts).where(eq(schema.plannedContacts.id, id));
  return row ?? null;
}

export async function cancelPlannedContact({ ctx, contact }: { ctx: Context; contact: PlannedContactRow }) {
  if (contact.cancelledAt) return contact;
  const now = ctx.now();
  if (contact.startsAt.getTime() <= now.getTime()) {
    throw new AppError("CONFLICT", "That time has already passed. If it didn't happen, record it as missed.");
  }
  await ctx.db.batch([
    ...cancelUpcomingContactsStatements(ctx, { which: eq(schema.plannedContacts.id, contact.id), now }),
  ]);
  return (await loadPlannedContact(ctx, contact.id)) ?? contact;
}
