// Delivery status after sending: Notify says "created", then "sending", then
// "delivered" or a failure. A few sent messages are asked about on each run,
// each at most every ten minutes, for the seven days Notify keeps them.
import { schema } from "@kinship/db";
import { and, asc, eq, gte, isNull, lte, notInArray, or } from "drizzle-orm";
import type { WorkerDeps } from "./deliver-message";

const finalStatuses = ["delivered", "permanent-failure", "temporary-failure", "technical-failure", "sent", "accepted"];
const perRun = 20;
const everyMs = 10 * 60_000;
const keptForMs = 7 * 24 * 60 * 60_000;

export async function refreshDeliveryStatuses({ db, adapters, now }: Pick<WorkerDeps, "db" | "adapters" | "now">) {
  const { reminderMessages: m } = schema;
  const at = now();
  let checked = 0;
  for (const channel of ["sms", "email"] as const) {
    const adapter = adapters[channel];
    if (!adapter?.deliveryStatus) continue;
    const waiting = await db
      .select({ id: m.id, providerId: m.providerId })
      .from(m)
      .where(
        and(
          eq(m.status, "sent"),
          eq(m.channel, channel),
          eq(m.provider, adapter.provider),
          gte(m.sentAt, new Date(at.getTime() - keptForMs)),
          or(isNull(m.deliveryStatus), notInArray(m.deliveryStatus, finalStatuses)),
          or(isNull(m.deliveryCheckedAt), lte(m.deliveryCheckedAt, new Date(at.getTime() - everyMs))),
        ),
      )
      .orderBy(asc(m.deliveryCheckedAt))
      .limit(perRun);
    for (const message of waiting) {
      if (!message.providerId) continue;
      const status = await adapter.deliveryStatus(message.providerId).catch(() => null);
      checked += 1;
      await db
        .update(m)
        .set(status ? { deliveryStatus: status, deliveryCheckedAt: at } : { deliveryCheckedAt: at })
        .where(eq(m.id, message.id));
    }
  }
  return checked;
}
