// Operations for a person's own reminders: settings, what was sent, saving.
import { graphql } from "./graphql";

export const ReminderSettingsFields = graphql(`
  fragment ReminderSettingsFields on ReminderSettings @_unmask {
    channels { channel isOn address title wording }
    quietHours { from until }
    dailyLimit
    mayNameService
  }
`);

export const MyRemindersQuery = graphql(
  `query MyReminders {
    myReminderSettings { ...ReminderSettingsFields }
    myReminders { id channel words status dueAt sentAt }
  }`,
  [ReminderSettingsFields],
);

export const SaveReminderSettingsMutation = graphql(
  `mutation SaveReminderSettings($input: ReminderSettingsInput!) {
    saveReminderSettings(input: $input) { ...ReminderSettingsFields }
  }`,
  [ReminderSettingsFields],
);
