// Operations for a person's own reminders: settings, what was sent, saving, and
// notifications on this device (subscribing and unsubscribing a browser).
import { graphql } from "./graphql";

export const ReminderSettingsFields = graphql(`
  fragment ReminderSettingsFields on ReminderSettings @_unmask {
    channels { channel isOn address title wording }
    quietHours { from until }
    dailyLimit
    mayNameService
    vapidPublicKey
    pushDeviceCount
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

export const SubscribeToPushMutation = graphql(
  `mutation SubscribeToPush($input: PushSubscriptionInput!) {
    subscribeToPush(input: $input) { ...ReminderSettingsFields }
  }`,
  [ReminderSettingsFields],
);

export const UnsubscribeFromPushMutation = graphql(
  `mutation UnsubscribeFromPush($endpoint: String!) {
    unsubscribeFromPush(endpoint: $endpoint) { ...ReminderSettingsFields }
  }`,
  [ReminderSettingsFields],
);
