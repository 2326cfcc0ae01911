// The development sink: "sends" by writing the message to the development_outbox
// table, which /dev/outbox shows. Chosen only when the app runs in development
// or demo mode with no provider configured; never in production.
import { type Database, newId, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { TokenBucket } from "../delivery/token-bucket";
import type { ChannelAdapter } from "./channel-adapter";

export function createDevelopmentSink(db: Database, now: () => Date = () => new Date()): ChannelAdapter {
  return {
    provider: "development",
    limiter: new TokenBucket({ perSecond: 1000, burst: 1000 }),
    async send(message) {
      const id = newId();
      await db.insert(schema.developmentOutbox).values({
        id,
        messageId: message.reference,
        personId: message.personId,
        channel: message.channel,
        recipient: message.to,
        subject: message.channel === "email" ? message.subject : null,
        body: message.body,
        sentAt: now(),
      });
      return { outcome: "sent", providerId: id, deliveryStatus: "delivered" };
    },
    async findByReference(reference) {
      const [row] = await db
        .select({ id: schema.developmentOutbox.id })
        .from(schema.developmentOutbox)
        .where(eq(schema.developmentOutbox.messageId, reference));
      return row ? { providerId: row.id, deliveryStatus: "delivered" } : null;
    },
  };
}
