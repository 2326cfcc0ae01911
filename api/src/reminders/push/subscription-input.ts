// What a browser sends when notifications are turned on: its push endpoint and
// keys (PushSubscription.toJSON()). The endpoint is where our server will POST,
// so only a public https host is taken: no addresses, no ports, no local names
// (a guard against using Kinship to reach machines on its own network).
import { z } from "zod";
import { decodeBase64Url } from "./base64url";

export const maxEndpointLength = 1_000;

const localNames = /(^|\.)(localhost|local|internal|home|lan|intranet)$/i;
const ipLiteral = /^(\d{1,3}(\.\d{1,3}){3}|\[.*\])$/;

function endpointProblem(text: string) {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "This isn't a web address.";
  }
  if (url.protocol !== "https:") return "Push addresses must start with https://.";
  if (url.username || url.password || url.port) return "This isn't a push service's address.";
  const host = url.hostname.replace(/\.$/, "");
  if (ipLiteral.test(host) || !host.includes(".") || localNames.test(host))
    return "This isn't a push service's address.";
  return null;
}

const ZKey = (bytes: number, name: string) =>
  z
    .string()
    .trim()
    .max(200, `The ${name} is too long.`)
    .refine((text) => decodeBase64Url(text)?.length === bytes, `The ${name} isn't a ${bytes}-byte base64url value.`);

export const ZPushSubscriptionInput = z.object({
  endpoint: z
    .string()
    .trim()
    .max(maxEndpointLength, `Push addresses are at most ${maxEndpointLength} characters.`)
    .superRefine((text, context) => {
      const problem = endpointProblem(text);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
  p256dh: ZKey(65, "browser's public key").refine(
    (text) => decodeBase64Url(text)?.[0] === 0x04,
    "The browser's public key must be an uncompressed P-256 point.",
  ),
  auth: ZKey(16, "browser's auth secret"),
});
export type PushSubscriptionInput = z.infer<typeof ZPushSubscriptionInput>;
