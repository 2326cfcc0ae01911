// A local push service: the server side of RFC 8030 as a browser's push service
// (FCM, Mozilla autopush, Apple) implements it, for contract tests of the web push
// adapter. For each POST to a subscription it checks what a real one checks:
// `Content-Encoding: aes128gcm` (RFC 8291), a `TTL`, and the VAPID `Authorization:
// vapid t=<JWT>, k=<key>` (RFC 8292: ES256 signature verified with `k` through
// Web Crypto, `aud` the endpoint's origin, `exp` in the future and at most 24 h
// away, `sub` present). It then decrypts the payload as the browser would, with the
// subscription's private key, using http_ece (the RFC's author's implementation,
// independent of the library under test), and answers 201 with a Location, or
// whatever a test asked for: 404/410 (gone), 413, 429 with Retry-After, 500.
import { createECDH, type ECDH, randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import { decrypt } from "http_ece";

/** The public origin of every endpoint this service hands out; requests reach it through `fetch` below. */
export const pushOrigin = "https://push.example.test";

export interface FakeBrowser {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  ecdh: ECDH;
  authSecret: Buffer;
}

export interface ReceivedPush {
  browserId: string;
  status: number;
  ttl: number | null;
  urgency: string | null;
  topic: string | null;
  payload: unknown;
  /** Empty when the request met the contract. */
  problems: string[];
}

interface Answer {
  status: number;
  headers?: Record<string, string>;
}

const base64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");

export async function startFakePushService({ vapidPublicKey }: { vapidPublicKey: string }) {
  const browsers = new Map<string, FakeBrowser>();
  const answers = new Map<string, Answer[]>();
  const received: ReceivedPush[] = [];

  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const id = /^\/push\/([\w-]+)$/.exec(request.url ?? "")?.[1];
    const browser = id ? browsers.get(id) : undefined;
    if (request.method !== "POST" || !browser) {
      response.writeHead(404).end();
      return;
    }
    const problems = await contractProblems(request, vapidPublicKey);
    let payload: unknown = null;
    try {
      const plain = decrypt(body, { version: "aes128gcm", privateKey: browser.ecdh, authSecret: browser.authSecret });
      payload = JSON.parse(plain.toString("utf8"));
    } catch (error) {
      problems.push(`payload could not be decrypted: ${String(error)}`);
    }
    const answer: Answer =
      problems.length > 0 ? { status: 400 } : (answers.get(browser.id)?.shift() ?? { status: 201 });
    const header = (name: string) => request.headers[name]?.toString() ?? null;
    received.push({
      browserId: browser.id,
      status: answer.status,
      ttl: header("ttl") === null ? null : Number(header("ttl")),
      urgency: header("urgency"),
      topic: header("topic"),
      payload,
      problems,
    });
    const location = answer.status === 201 ? { location: `${pushOrigin}/message/${randomUUID()}` } : {};
    response.writeHead(answer.status, { ...location, ...answer.headers }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  return {
    received,
    /** A browser that subscribed: its endpoint and keys as PushSubscription.toJSON() gives them. */
    newBrowser(): FakeBrowser {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const authSecret = randomBytes(16);
      const id = randomUUID();
      const browser = {
        id,
        endpoint: `${pushOrigin}/push/${id}`,
        p256dh: base64Url(ecdh.getPublicKey()),
        auth: base64Url(authSecret),
        ecdh,
        authSecret,
      };
      browsers.set(id, browser);
      return browser;
    },
    /** The next answers to pushes for this browser, in order; then 201 again. */
    answerNext(browser: FakeBrowser, ...next: Answer[]) {
      answers.set(browser.id, [...(answers.get(browser.id) ?? []), ...next]);
    },
    /** The network as the adapter sees it: the push origin reaches this server, nothing else is reachable. */
    fetch: (async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : input);
      if (url.origin !== pushOrigin) throw new TypeError(`fetch failed: ${url.origin} is not reachable in this test`);
      return fetch(`http://127.0.0.1:${port}${url.pathname}${url.search}`, init);
    }) as typeof fetch,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function readBody(request: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function contractProblems(request: IncomingMessage, vapidPublicKey: string) {
  const problems: string[] = [];
  if (request.headers["content-encoding"] !== "aes128gcm") problems.push("Content-Encoding is not aes128gcm");
  if (!/^\d+$/.test(request.headers.ttl?.toString() ?? "")) problems.push("TTL missing or not a number");
  const topic = request.headers.topic?.toString();
  if (topic !== undefined && !/^[A-Za-z0-9_-]{1,32}$/.test(topic))
    problems.push("Topic is not ≤32 base64url characters");
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(request.headers.authorization ?? "");
  if (!match) return [...problems, "Authorization is not `vapid t=…, k=…`"];
  const [, token, key] = match as unknown as [string, string, string];
  if (key !== vapidPublicKey) problems.push("k is not the application server key the browser subscribed with");
  const [header, claims, signature] = token.split(".") as [string, string, string];
  const publicKey = await crypto.subtle.importKey(
    "raw",
    Buffer.from(key, "base64url"),
    { name: "ECDSA", namedCurve: "P-256" },
    false,
    ["verify"],
  );
  const isSigned = await crypto.subtle.verify(
    { name: "ECDSA", hash: "SHA-256" },
    publicKey,
    Buffer.from(signature, "base64url"),
    new TextEncoder().encode(`${header}.${claims}`),
  );
  if (!isSigned) problems.push("JWT signature does not verify with k");
  if (JSON.parse(Buffer.from(header, "base64url").toString()).alg !== "ES256") problems.push("JWT alg is not ES256");
  const { aud, exp, sub } = JSON.parse(Buffer.from(claims, "base64url").toString()) as Record<string, unknown>;
  if (aud !== pushOrigin) problems.push(`aud is ${String(aud)}, not the endpoint's origin`);
  const nowSeconds = Date.now() / 1000;
  if (typeof exp !== "number" || exp <= nowSeconds || exp > nowSeconds + 24 * 60 * 60)
    problems.push("exp not within 24 h");
  if (typeof sub !== "string" || !/^(mailto:|https:)/.test(sub)) problems.push("sub missing");
  return problems;
}
