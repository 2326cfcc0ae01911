// Who may read each field of reminders (see access-rules.ts): a person's own
// settings and messages, reached only through the `my…` fields and the one
// mutation on one's own settings. No field reads or changes anyone else's.
import { ownFields, type Rule } from "./access-viewers";

export const remindersAccessRules: Record<string, Rule> = {
  "Query.myReminderSettings": "own",
  "Query.myReminders": "own",
  "Mutation.saveReminderSettings": "own",
  // A browser's push subscription: only ever the signed-in person's own (ADR 018).
  "Mutation.subscribeToPush": "own",
  "Mutation.unsubscribeFromPush": "own",
  ...ownFields("ReminderSettings", [
    "channels",
    "quietHours",
    "dailyLimit",
    "mayNameService",
    "vapidPublicKey",
    "pushDeviceCount",
  ]),
  ...ownFields("ReminderChannelChoice", ["channel", "isOn", "address", "title", "wording"]),
  ...ownFields("QuietHours", ["from", "until"]),
  ...ownFields("MyReminder", ["id", "channel", "words", "status", "dueAt", "sentAt"]),
};
