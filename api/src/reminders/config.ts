// Reminder delivery settings, from the environment (README "Reminders"). With no
// provider configured, a development or demo server uses the development sink;
// a production server sends nothing (and says so when it starts).
import type { NotifyConfig } from "./channels/notify-adapter";
import type { SmtpConfig } from "./channels/smtp-adapter";
import type { WebPushConfig } from "./channels/web-push-adapter";
import { parseVapidConfig } from "./push/vapid-keys";

export interface ReminderConfig {
  notify?: NotifyConfig;
  smtp?: SmtpConfig;
  /** Notifications on a person's devices; without the VAPID keys the channel is not offered at all. */
  webPush?: WebPushConfig;
}

export function reminderConfigFromEnv(env: Record<string, string | undefined>): ReminderConfig {
  const config: ReminderConfig = {};
  if (env.NOTIFY_API_KEY) {
    config.notify = {
      apiKey: env.NOTIFY_API_KEY,
      smsTemplateId: env.NOTIFY_SMS_TEMPLATE_ID || undefined,
      emailTemplateId: env.NOTIFY_EMAIL_TEMPLATE_ID || undefined,
      baseUrl: env.NOTIFY_BASE_URL || undefined,
      perSecond: env.NOTIFY_REQUESTS_PER_SECOND ? Number(env.NOTIFY_REQUESTS_PER_SECOND) : undefined,
    };
  }
  if (env.SMTP_URL) {
    config.smtp = { url: env.SMTP_URL, from: env.SMTP_FROM || "Kinship <reminders@localhost>" };
  }
  if (env.KINSHIP_VAPID_PUBLIC_KEY || env.KINSHIP_VAPID_PRIVATE_KEY) {
    config.webPush = parseVapidConfig({
      publicKey: env.KINSHIP_VAPID_PUBLIC_KEY ?? "",
      privateKey: env.KINSHIP_VAPID_PRIVATE_KEY ?? "",
      subject: env.KINSHIP_VAPID_SUBJECT,
    });
  }
  return config;
}
