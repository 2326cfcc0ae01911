// A local stand-in for GOV.UK Notify's v2 HTTP API, implementing its documented
// contract: a JWT per request (HS256 over the key's secret, `iss` the service
// id, `iat` within 30 seconds), the send endpoints' required fields, errors as
// `{ status_code, errors: [{ error, message }] }` with 400/403/429/500, a rate
// limit per key, and look-ups by id and by reference. Like Notify, it
// de-duplicates nothing: every accepted POST is a new message, so a test can
// count exactly what a real phone would have received.
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface FakeNotification {
  id: string;
  type: "sms" | "email";
  reference: string | null;
  to: string;
  templateId: string;
  personalisation: Record<string, string>;
  status: string;
  createdAt: Date;
}

export interface FakeNotifyOptions {
  /** Accepted requests per window before 429s, like Notify's per-key limit (3,000 a minute for real). */
  rateLimit?: { requests: number; windowMs: number };
  /** Sent with every 429, when set (Notify's documentation does not promise one). */
  retryAfterSeconds?: number;
  /** Each send waits this long before answering, so a test can stop a worker mid-batch. */
  delayMs?: number;
  /** Told of each accepted message before the answer goes back. */
  onAccepted?: (notification: FakeNotification, count: number) => void;
}

interface InjectedFailure {
  status: 400 | 403 | 429 | 500;
  retryAfterSeconds?: number;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ukMobile = /^(\+447|07)\d{9}$/;
const errorNames: Record<InjectedFailure["status"], string> = {
  400: "BadRequestError",
  403: "AuthError",
  429: "RateLimitError",
  500: "Exception",
};

export async function startFakeNotify(options: FakeNotifyOptions = {}) {
  const serviceId = randomUUID();
  const secret = randomUUID();
  const smsTemplateId = randomUUID();
  const emailTemplateId = randomUUID();
  const notifications: FakeNotification[] = [];
  const failures: InjectedFailure[] = [];
  const accepted: number[] = [];
  /** Why each refused request was refused, in Notify's words. */
  const refusals: string[] = [];
  let requestCount = 0;

  const reply = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    response.writeHead(status, { "content-type": "application/json", ...headers });
    response.end(JSON.stringify(body));
  };
  const fail = (response: ServerResponse, status: number, error: string, message: string, headers = {}) => {
    refusals.push(message);
    reply(response, status, { status_code: status, errors: [{ error, message }] }, headers);
  };

  function authProblem(header: string | undefined): [number, string] | null {
    if (!header?.startsWith("Bearer ")) return [401, "Unauthorized: authentication token must be provided"];
    const [head, payload, signature] = header.slice("Bearer ".length).split(".");
    if (!head || !payload || !signature) return [403, "Invalid token: signature, api token not found"];
    const decoded = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    let claims: { iss?: unknown; iat?: unknown };
    try {
      if (decoded(head).alg !== "HS256") return [403, "Invalid token: algorithm used is not HS256"];
      claims = decoded(payload);
    } catch {
      return [403, "Invalid token: signature, api token not found"];
    }
    const expected = createHmac("sha256", secret).update(`${head}.${payload}`).digest();
    const given = Buffer.from(signature, "base64url");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return [403, "Invalid token: API key not found"];
    }
    if (claims.iss !== serviceId) return [403, "Invalid token: API key not found"];
    if (typeof claims.iat !== "number" || Math.abs(Date.now() / 1000 - claims.iat) > 30) {
      return [403, "Error: Your system clock must be accurate to within 30 seconds"];
    }
    return null;
  }

  function isRateLimited() {
    if (!options.rateLimit) return false;
    const since = Date.now() - options.rateLimit.windowMs;
    while (accepted.length > 0 && accepted[0]! < since) accepted.shift();
    if (accepted.length >= options.rateLimit.requests) return true;
    accepted.push(Date.now());
    return false;
  }

  async function send(request: IncomingMessage, response: ServerResponse, type: "sms" | "email") {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse((await readBody(request)) || "{}") as Record<string, unknown>;
    } catch {
      return fail(response, 400, "ValidationError", "Invalid JSON supplied in POST data");
    }
    const recipientField = type === "sms" ? "phone_number" : "email_address";
    for (const field of [recipientField, "template_id"]) {
      if (typeof body[field] !== "string") {
        return fail(response, 400, "ValidationError", `${field} is a required property`);
      }
    }
    if (!uuid.test(String(body.template_id))) {
      return fail(response, 400, "ValidationError", "template_id is not a valid UUID");
    }
    const to = String(body[recipientField]);
    if (type === "sms" && !ukMobile.test(to.replace(/\s/g, ""))) {
      return fail(response, 400, "ValidationError", "phone_number Not a UK mobile number");
    }
    if (type === "email" && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(to)) {
      return fail(response, 400, "ValidationError", "email_address Not a valid email address");
    }
    const templateId = String(body.template_id);
    if (templateId !== (type === "sms" ? smsTemplateId : emailTemplateId)) {
      return fail(response, 400, "BadRequestError", "Template not found");
    }
    const personalisation = (body.personalisation ?? {}) as Record<string, string>;
    const placeholders = type === "sms" ? ["message"] : ["subject", "message"];
    const missing = placeholders.filter((name) => typeof personalisation[name] !== "string");
    if (missing.length > 0) {
      return fail(response, 400, "BadRequestError", `Missing personalisation: ${missing.join(", ")}`);
    }
    if (body.reference !== undefined && typeof body.reference !== "string") {
      return fail(response, 400, "ValidationError", "reference is not of type string");
    }
    const notification: FakeNotification = {
      id: randomUUID(),
      type,
      reference: (body.reference as string | undefined) ?? null,
      to,
      templateId,
      personalisation,
      status: "created",
      createdAt: new Date(),
    };
    notifications.push(notification);
    options.onAccepted?.(notification, notifications.length);
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    reply(response, 201, {
      id: notification.id,
      reference: notification.reference,
      content:
        type === "sms"
          ? { body: personalisation.message, from_number: "KINSHIP" }
          : { subject: personalisation.subject, body: personalisation.message, from_email: "reminders@kinship.test" },
      uri: `${url}/v2/notifications/${notification.id}`,
      template: { id: templateId, version: 1, uri: `${url}/v2/template/${templateId}/version/1` },
    });
  }

  const view = (n: FakeNotification) => ({
    id: n.id,
    reference: n.reference,
    type: n.type,
    status: n.status,
    [n.type === "sms" ? "phone_number" : "email_address"]: n.to,
    body: n.personalisation.message,
    subject: n.type === "email" ? n.personalisation.subject : undefined,
    created_at: n.createdAt.toISOString(),
  });

  const server = createServer((request, response) => {
    requestCount += 1;
    const problem = authProblem(request.headers.authorization);
    if (problem) return fail(response, problem[0], "AuthError", problem[1]);
    const path = new URL(request.url ?? "/", "http://notify.test");
    if (request.method === "POST") {
      const injected = failures.shift();
      if (injected) {
        const headers = injected.retryAfterSeconds ? { "retry-after": String(injected.retryAfterSeconds) } : {};
        return fail(response, injected.status, errorNames[injected.status], "Injected by the test", headers);
      }
      if (isRateLimited()) {
        const { requests, windowMs } = options.rateLimit!;
        const headers = options.retryAfterSeconds ? { "retry-after": String(options.retryAfterSeconds) } : {};
        const message = `Exceeded rate limit for key type LIVE of ${requests} requests per ${windowMs / 1000} seconds`;
        return fail(response, 429, "RateLimitError", message, headers);
      }
      if (path.pathname === "/v2/notifications/sms") return void send(request, response, "sms");
      if (path.pathname === "/v2/notifications/email") return void send(request, response, "email");
    }
    if (request.method === "GET" && path.pathname === "/v2/notifications") {
      const reference = path.searchParams.get("reference");
      const type = path.searchParams.get("template_type");
      const found = notifications
        .filter((n) => (reference === null || n.reference === reference) && (type === null || n.type === type))
        .reverse()
        .slice(0, 250);
      return reply(response, 200, {
        notifications: found.map(view),
        links: { current: `${url}${path.pathname}${path.search}` },
      });
    }
    const one = /^\/v2\/notifications\/([^/]+)$/.exec(path.pathname);
    if (request.method === "GET" && one) {
      if (!uuid.test(one[1]!)) return fail(response, 400, "ValidationError", "id is not a valid UUID");
      const found = notifications.find((n) => n.id === one[1]);
      return found ? reply(response, 200, view(found)) : fail(response, 404, "NoResultFound", "No result found");
    }
    fail(response, 404, "NotFound", "Not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    serviceId,
    secret,
    /** As Notify shows an API key: name, service id, secret. */
    apiKey: `kinship_test-${serviceId}-${secret}`,
    smsTemplateId,
    emailTemplateId,
    notifications,
    refusals,
    requestCount: () => requestCount,
    /** The next POSTs fail like this, in order. */
    failNext: (...next: InjectedFailure[]) => failures.push(...next),
    setStatus: (id: string, status: string) => {
      const found = notifications.find((n) => n.id === id);
      if (found) found.status = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeNotify = Awaited<ReturnType<typeof startFakeNotify>>;

function readBody(request: IncomingMessage) {
  return new Promise<string>((resolve, reject) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}
