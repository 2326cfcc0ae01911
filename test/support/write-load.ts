// One writer process for the concurrency and crash tests: opens the database the
// way the server does and commits `count` write transactions (a batch of two
// statements each), printing the number of every write the database acknowledged.
import { openDatabase, schema } from "@kinship/db";

const [url, personId, writer, countText] = process.argv.slice(2);
const count = Number(countText);
const { db, close } = await openDatabase({ url });
for (let i = 0; i < count; i++) {
  const at = new Date();
  const row = (purpose: "reminders_by_sms" | "reminders_by_email") =>
    db.insert(schema.consents).values({
      personId: personId!,
      purpose,
      isGranted: i % 2 === 0,
      wordingVersion: Number(writer) * 1_000_000 + i,
      recordedAt: at,
    });
  await db.batch([row("reminders_by_sms"), row("reminders_by_email")]);
  process.stdout.write(`${i}\n`);
}
close();
