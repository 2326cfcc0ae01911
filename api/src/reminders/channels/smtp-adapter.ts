// Email through any SMTP server (Node only: Workers cannot open SMTP connections),
// with nodemailer: TLS, authentication, pooling and RFC-correct encoding of the
// message and headers are its job, not ours. SMTP has no way to ask "did you get
// this one already?", so a message whose worker died mid-send may be sent twice;
// its Message-ID is the outbox id, which lets mail clients fold a duplicate away.
import nodemailer from "nodemailer";
import { TokenBucket } from "../delivery/token-bucket";
import { type ChannelAdapter, networkFailure, type SendResult } from "./channel-adapter";

export interface SmtpConfig {
  /** e.g. smtps://user:password@smtp.example.org:465 */
  url: string;
  /** e.g. "Reminders <reminders@kinship.example.org>" */
  from: string;
  perSecond?: number;
}

export function createSmtpAdapter(config: SmtpConfig): ChannelAdapter {
  const transport = nodemailer.createTransport(config.url);
  const domain = /@([^>\s]+)>?\s*$/.exec(config.from)?.[1] ?? "kinship.invalid";
  const perSecond = config.perSecond ?? 5;
  return {
    provider: "smtp",
    limiter: new TokenBucket({ perSecond, burst: Math.max(1, Math.ceil(perSecond)) }),
    async send(message): Promise<SendResult> {
      try {
        const info = await transport.sendMail({
          from: config.from,
          to: message.to,
          subject: message.subject,
          text: message.body,
          messageId: `<${message.reference}@${domain}>`,
          // RFC 8058 one-click unsubscribe: mail apps show a "stop" button that POSTs to the stop link.
          headers: message.stopUrl
            ? { "List-Unsubscribe": `<${message.stopUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
            : {},
        });
        return { outcome: "sent", providerId: String(info.messageId), deliveryStatus: "accepted" };
      } catch (error) {
        return smtpFailure(error);
      }
    },
  };
}

// An SMTP reply of 4xx means "try later", 5xx "never"; no reply at all is the network.
function smtpFailure(error: unknown): SendResult {
  const responseCode = (error as { responseCode?: unknown }).responseCode;
  if (typeof responseCode !== "number") return networkFailure(error);
  const failure = `smtp:${responseCode}`;
  return responseCode >= 400 && responseCode < 500
    ? { outcome: "retryable", error: failure, mayHaveBeenSent: false }
    : { outcome: "permanent", error: failure };
}
