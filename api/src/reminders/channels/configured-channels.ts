// Which adapter sends each channel: Notify for text messages when its SMS
// template is set; for email, Notify's email template if set, else SMTP (Node
// only, built by the caller so this module never loads nodemailer on Workers);
// web push when its VAPID keys are set (never the sink: a browser's notification
// cannot be faked); and in development, the sink for text and email left over.
// In production a channel with no provider has no adapter: its messages wait, then expire.
import type { Database } from "@kinship/db";
import type { ReminderConfig } from "../config";
import type { ChannelAdapter, ChannelAdapters } from "./channel-adapter";
import { createDevelopmentSink } from "./development-sink";
import { createNotifyAdapters } from "./notify-adapter";
import { createWebPushAdapter } from "./web-push-adapter";

export function configuredChannels({
  db,
  config,
  isProduction,
  smtp,
}: {
  db: Database;
  config: ReminderConfig;
  isProduction: boolean;
  smtp?: ChannelAdapter;
}): ChannelAdapters {
  const adapters: ChannelAdapters = config.notify ? createNotifyAdapters(config.notify) : {};
  if (!adapters.email && smtp) adapters.email = smtp;
  if (config.webPush) adapters.push = createWebPushAdapter(db, config.webPush);
  if (!isProduction) {
    const sink = createDevelopmentSink(db);
    adapters.sms ??= sink;
    adapters.email ??= sink;
  }
  return adapters;
}

/** A line for the start-up log: where reminders go, so a misconfiguration shows at once. */
export function describeChannels(adapters: ChannelAdapters) {
  const where = (channel: "sms" | "email") => adapters[channel]?.provider ?? "nowhere (no provider configured)";
  const push = adapters.push ? "web push" : "off (no VAPID keys)";
  return `Reminders: text messages via ${where("sms")}, email via ${where("email")}, notifications ${push}.`;
}
