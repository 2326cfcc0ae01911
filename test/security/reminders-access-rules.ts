// Who may read each field of reminders (see access-rules.ts): a person's own
// settings and messages, reached only through the `my…` fields and the one
// mutation on one's own settings. No field reads or changes anyone else's.
import type { Rule } from "./access-viewers";

export const remindersAccessRules: Record<string, Rule> = {
  "Query.myReminderSettings": "own",
  "Query.myReminders": "own",
  "Mutation.saveReminderSettings": "own",
  "ReminderSettings.channels": "own",
  "ReminderSettings.quietHours": "own",
  "ReminderSettings.dailyLimit": "own",
  "ReminderSettings.mayNameService": "own",
  "ReminderChannelChoice.channel": "own",
  "ReminderChannelChoice.isOn": "own",
  "ReminderChannelChoice.address": "own",
  "ReminderChannelChoice.title": "own",
  "ReminderChannelChoice.wording": "own",
  "QuietHours.from": "own",
  "QuietHours.until": "own",
  "MyReminder.id": "own",
  "MyReminder.channel": "own",
  "MyReminder.words": "own",
  "MyReminder.status": "own",
  "MyReminder.dueAt": "own",
  "MyReminder.sentAt": "own",
};
