// The HTTP app shared by the Node server (node.ts) and the Worker (worker.ts).
// Each entry point supplies what differs: how to reach the database, how to
// learn the client's address, and how static files are served.
import type { Database } from "@kinship/db";
import { sql } from "drizzle-orm";
import { Hono, type Context as HonoContext } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { StartAccountMessages } from "./accounts/messages/account-message-sender";
import { readSessionToken, sessionCookie } from "./auth/cookie";
import { csrfProtection } from "./auth/csrf";
import type { FieldCipher } from "./crypto/field-cipher";
import { directoryRoutes } from "./directory/routes";
import {
  type DirectoryConfig,
  type DirectorySettings,
  defaultMapTiles,
  directorySettings,
  mapTileImageSource,
} from "./directory/settings";
import { type Context, loadViewer } from "./graphql/context";
import { createGraphQLHandler } from "./graphql/yoga";
import { reminderRoutes } from "./reminders/routes";
import { commissionerReportRoutes } from "./reports/commissioner/pdf-route";
import { dashboardCsvRoutes } from "./reports/dashboard/csv-route";
import { certificateRoutes } from "./volunteering/certificate-route";
import { exportMyData } from "./your-data/export-my-data";

export interface AppOptions {
  getDb: (c: HonoContext) => Database;
  /** Encrypts and decrypts sensitive fields; see crypto/field-cipher.ts. */
  getCipher: (c: HonoContext) => Promise<FieldCipher>;
  /** The client's network address as the platform sees it (never a forwarded header). */
  getClientAddress: (c: HonoContext) => string;
  /** e.g. https://kinship.example.org; when unset, the request's own origin is trusted. */
  publicOrigin?: string;
  isProduction?: boolean;
  /** Run only the web client's own GraphQL documents, sent by id (graphql/trusted-documents.ts).
   * Off unless asked for: the entry points turn it on in production (KINSHIP_TRUSTED_DOCUMENTS_ONLY). */
  trustedDocumentsOnly?: boolean;
  now?: () => Date;
  /** Directory options: a live postcode service, when listings go stale. */
  directory?: DirectoryConfig;
  /** Web push's public VAPID key (README "Reminders"); without it notifications are not offered. */
  vapidPublicKey?: string;
  /** Sends queued account messages (codes) straight after the answer (ADR 020); without it they wait for the scheduled job. */
  startAccountMessages?: StartAccountMessages;
}

export function createApp(options: AppOptions) {
  const { getDb, getCipher, getClientAddress, publicOrigin, isProduction = false, now = () => new Date() } = options;
  // One set of directory settings per database: the offline geocoder reads our own venues.
  const directoryByDb = new WeakMap<Database, DirectorySettings>();
  const getDirectory = (c: HonoContext) => {
    const db = getDb(c);
    let settings = directoryByDb.get(db);
    if (!settings) {
      settings = directorySettings(db, options.directory);
      directoryByDb.set(db, settings);
    }
    return settings;
  };
  const yoga = createGraphQLHandler({ isProduction, trustedDocumentsOnly: options.trustedDocumentsOnly ?? false });
  const isSecure = (url: URL) => url.protocol === "https:" || Boolean(publicOrigin?.startsWith("https:"));
  const isAllowedOrigin = (origin: string, url: URL) => origin === (publicOrigin ?? url.origin);
  const app = new Hono();

  // Registered first so it runs last: HSTS only makes sense over HTTPS, and on
  // plain-HTTP localhost it would only confuse development browsers. Public
  // feeds (which already allow any origin) may also be embedded by other sites.
  app.use(async (c, next) => {
    await next();
    if (!isSecure(new URL(c.req.url))) c.res.headers.delete("Strict-Transport-Security");
    if (c.res.headers.get("Access-Control-Allow-Origin") === "*") {
      c.res.headers.set("Cross-Origin-Resource-Policy", "cross-origin");
    }
  });
  // 1. Security headers on every response. Scripts only from our own origin, no
  //    inline script, never framed. HSTS only when served over HTTPS. Images
  //    also from the map tile host, for the finder's map (loaded only when asked for).
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:", mapTileImageSource(options.directory?.mapTileUrl ?? defaultMapTiles.tileUrl)],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
      strictTransportSecurity: "max-age=31536000; includeSubDomains",
      referrerPolicy: "strict-origin-when-cross-origin",
      permissionsPolicy: { camera: [], microphone: [], geolocation: ["self"] },
    }),
  );

  app.get("/health", async (c) => {
    try {
      await getDb(c).run(sql`select 1`);
      return c.json({ status: "ok", database: "reachable" });
    } catch {
      return c.json({ status: "error", database: "unreachable" }, 503);
    }
  });

  // 2. The public directory: server-rendered pages and feeds, no account needed.
  app.route("/", directoryRoutes({ getDb, getDirectory, now, publicOrigin }));

  // 2b. Reminders' stop links (public, no sign-in: the token is the key) and, in
  //     development only, the outbox of messages the development sink kept.
  app.route("/", reminderRoutes({ getDb, now, isProduction }));

  // Who is asking, loaded once per request from the session cookie.
  const identify = async (c: HonoContext) => {
    const secure = isSecure(new URL(c.req.url));
    const db = getDb(c);
    const sessionToken = readSessionToken(c.req.header("cookie"), secure);
    return { db, secure, sessionToken, viewer: await loadViewer(db, sessionToken, now()) };
  };

  // 3. The person's own data as a file (right of access). A GET that changes nothing.
  app.get("/api/my-data", async (c) => {
    const { db, viewer } = await identify(c);
    c.header("Cache-Control", "no-store");
    const data = viewer ? await exportMyData(db, viewer.personId, now(), await getCipher(c)) : null;
    if (!data) return c.json({ error: "Please sign in to download your data.", code: "UNAUTHENTICATED" }, 401);
    c.header("Content-Disposition", `attachment; filename="kinship-my-data-${data.exportedAt.slice(0, 10)}.json"`);
    return c.json(data);
  });

  // 3b. The person's certificate of verified volunteering hours, as a PDF file. A GET that changes nothing.
  app.route("/", certificateRoutes({ identify, now }));

  // 3c. A service dashboard's figures as a CSV file, for the organisation's staff. A GET that changes nothing.
  app.route("/", dashboardCsvRoutes({ identify, now }));

  // 3d. The commissioner report as a PDF, for the organisation's staff. A GET that changes nothing.
  app.route("/", commissionerReportRoutes({ identify, now }));

  // 4. The API: CSRF check first, then the viewer is loaded once for the request.
  app.use("/graphql", csrfProtection(isAllowedOrigin));
  app.on(["GET", "POST", "OPTIONS"], "/graphql", async (c) => {
    const { db, secure, sessionToken, viewer } = await identify(c);
    let hasQueuedMessages = false;
    const context: Context = {
      db,
      cipher: await getCipher(c),
      directory: getDirectory(c),
      viewer,
      now,
      responseCookies: [],
      vapidPublicKey: options.vapidPublicKey ?? null,
      accountMessages: {
        sendSoon: () => {
          hasQueuedMessages = true;
        },
      },
      client: { address: getClientAddress(c), userAgent: c.req.header("user-agent"), isSecure: secure },
    };
    // A sliding expiry moved forward: renew the cookie to match.
    if (viewer?.session.isRefreshed && sessionToken) context.responseCookies.push(sessionCookie(sessionToken, secure));
    const request = await withCheckedJsonBody(c.req.raw);
    if (request instanceof Response) return request;
    const response = await yoga.fetch(request, context);
    // Only now, with the answer ready: its timing must not depend on whether a message was queued.
    if (hasQueuedMessages) options.startAccountMessages?.(c, { db, cipher: context.cipher });
    const headers = new Headers(response.headers);
    for (const cookie of context.responseCookies) headers.append("Set-Cookie", cookie);
    // Answers depend on who is asking: never store them in a shared cache.
    headers.set("Cache-Control", "no-store");
    return new Response(response.body, { status: response.status, headers });
  });

  return app;
}

// Yoga's own "invalid JSON" error quotes the parser's message, which quotes the
// body, which may hold a password. Check the JSON here and answer generically.
async function withCheckedJsonBody(request: Request): Promise<Request | Response> {
  if (request.method !== "POST") return request;
  const body = await request.text();
  try {
    JSON.parse(body);
  } catch {
    const error = { message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } };
    return Response.json({ errors: [error] }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  return new Request(request, { body });
}
