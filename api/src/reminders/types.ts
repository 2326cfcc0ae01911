// GraphQL for a person's own reminders: their settings, what was sent to them,
// and saving their choices. Nobody else can read or change these.
import { reminderChannels, reminderStatuses } from "@kinship/db/schema";
import { builder, enumOfValues } from "../graphql/builder";
import { requireViewer } from "../graphql/viewer";
import { type ChannelChoice, myRecentReminders, type ReminderSettings, reminderSettings } from "./reminder-settings";
import { saveReminderSettings } from "./save-reminder-settings";
import { type ReminderSettingsInput as SettingsValues, ZReminderSettingsInput } from "./settings-input";

const ReminderChannelEnum = enumOfValues("ReminderChannel", reminderChannels);
const ReminderStatusEnum = enumOfValues("ReminderStatus", reminderStatuses);

const QuietHours = builder.objectRef<{ from: string; until: string }>("QuietHours").implement({
  description: "No reminders between these times (HH:MM, London time); they wait until the end.",
  fields: (t) => ({ from: t.exposeString("from"), until: t.exposeString("until") }),
});

const ReminderChannelChoice = builder.objectRef<ChannelChoice>("ReminderChannelChoice").implement({
  fields: (t) => ({
    channel: t.expose("channel", { type: ReminderChannelEnum }),
    isOn: t.exposeBoolean("isOn", { description: "On when you have agreed to reminders this way." }),
    address: t.exposeString("address", { nullable: true, description: "Your own mobile number or email address." }),
    title: t.exposeString("title"),
    wording: t.exposeString("wording", { description: "What you agree to by turning this on." }),
  }),
});

export const ReminderSettingsRef = builder.objectRef<ReminderSettings>("ReminderSettings").implement({
  fields: (t) => ({
    channels: t.field({ type: [ReminderChannelChoice], resolve: (s) => s.channels }),
    quietHours: t.field({ type: QuietHours, nullable: true, resolve: (s) => s.quiet }),
    dailyLimit: t.exposeInt("dailyLimit", { description: "At most this many reminders a day." }),
    mayNameService: t.exposeBoolean("mayNameService", {
      description: "Messages may name Kinship and what they are about; otherwise they are discreet.",
    }),
    vapidPublicKey: t.exposeString("vapidPublicKey", {
      nullable: true,
      description: "The key a browser subscribes with (applicationServerKey); null when notifications are not offered.",
    }),
    pushDeviceCount: t.exposeInt("pushDeviceCount", { description: "Browsers where you turned notifications on." }),
  }),
});

type MyReminderRow = Awaited<ReturnType<typeof myRecentReminders>>[number];

const MyReminder = builder.objectRef<MyReminderRow>("MyReminder").implement({
  description: "A reminder to you: due, sent, or not sent (and why).",
  fields: (t) => ({
    id: t.exposeID("id"),
    channel: t.expose("channel", { type: ReminderChannelEnum }),
    words: t.exposeString("words", { description: "What it says, as your settings have it now." }),
    status: t.expose("status", { type: ReminderStatusEnum }),
    dueAt: t.expose("dueAt", { type: "DateTime" }),
    sentAt: t.expose("sentAt", { type: "DateTime", nullable: true }),
  }),
});

const ReminderSettingsInput = builder.inputType("ReminderSettingsInput", {
  validate: ZReminderSettingsInput,
  fields: (t) => ({
    sms: t.boolean({ required: true, description: "Reminders by text message to your mobile." }),
    email: t.boolean({ required: true, description: "Reminders by email." }),
    push: t.boolean({ description: "Reminders as notifications; leave out to keep them as they are." }),
    quietFrom: t.string({ description: "Start of quiet hours, HH:MM (London time); empty for none." }),
    quietUntil: t.string({ description: "End of quiet hours, HH:MM." }),
    dailyLimit: t.int({ required: true, description: "At most this many a day, 1 to 10." }),
    mayNameService: t.boolean({ required: true }),
  }),
});

builder.queryFields((t) => ({
  myReminderSettings: t.field({
    type: ReminderSettingsRef,
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => reminderSettings(ctx.db, requireViewer(ctx).personId, ctx.vapidPublicKey ?? null),
  }),
  myReminders: t.field({
    type: [MyReminder],
    description: "Your newest 20 reminders.",
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => myRecentReminders(ctx.db, requireViewer(ctx).personId),
  }),
}));

builder.mutationFields((t) => ({
  saveReminderSettings: t.field({
    type: ReminderSettingsRef,
    description: "Choose how you get reminders, when not to, and how many. Takes effect at once.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: ReminderSettingsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const viewer = requireViewer(ctx);
      await saveReminderSettings({ ctx, viewer, input: input as unknown as SettingsValues });
      return reminderSettings(ctx.db, viewer.personId, ctx.vapidPublicKey ?? null);
    },
  }),
}));
