// The reminders worker in a process of its own, for the crash test to kill: one
// run against DATABASE_URL, sending text messages through Notify at
// NOTIFY_BASE_URL, with the clock at WORKER_NOW. Prints the run's counts.
import { createNotifyAdapters } from "@kinship/api/reminders/channels/notify-adapter";
import { sendDueReminders } from "@kinship/api/reminders/delivery/send-due-reminders";
import { openDatabase } from "@kinship/db";

const env = process.env;
const { db, close } = await openDatabase({ url: env.DATABASE_URL });
const adapters = createNotifyAdapters({
  apiKey: env.NOTIFY_API_KEY!,
  smsTemplateId: env.NOTIFY_SMS_TEMPLATE_ID,
  baseUrl: env.NOTIFY_BASE_URL,
  perSecond: 1000,
});
const now = new Date(env.WORKER_NOW!);
const run = await sendDueReminders({
  db,
  adapters,
  now: () => now,
  origin: "https://kinship.example.org",
  workerId: `process-${process.pid}`,
  batchSize: 10,
  maxBatches: 100,
});
console.log(JSON.stringify(run));
close();
