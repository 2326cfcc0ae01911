// Cross-site request forgery defence for the cookie-authenticated API, as Lucia's
// guide recommends: a state-changing request must come from our own origin.
// Two independent checks, either of which stops a forged request:
//  1. Only `application/json` bodies are accepted, so a cross-site request needs a
//     CORS preflight, which we never grant. Forms (urlencoded, multipart, text/plain)
//     are refused outright.
//  2. When the browser says where the request came from (Sec-Fetch-Site or Origin),
//     it must be this site. Requests without either header come from non-browser
//     clients, which cannot ride on a victim's cookies.
import type { MiddlewareHandler } from "hono";

export function csrfProtection(isAllowedOrigin: (origin: string, requestUrl: URL) => boolean): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS") return next();
    const contentType = c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase();
    if (contentType !== "application/json") {
      return refuse(c.json.bind(c), "Send requests as application/json.", 415);
    }
    const fetchSite = c.req.header("sec-fetch-site");
    const origin = c.req.header("origin");
    const url = new URL(c.req.url);
    if (fetchSite && fetchSite !== "same-origin" && !(origin && isAllowedOrigin(origin, url))) {
      return refuse(c.json.bind(c), "This request came from another site and was refused.", 403);
    }
    if (origin && !isAllowedOrigin(origin, url)) {
      return refuse(c.json.bind(c), "This request came from another site and was refused.", 403);
    }
    return next();
  };
}

type JsonResponder = (body: unknown, status: 403 | 415) => Response;
const refuse = (json: JsonResponder, message: string, status: 403 | 415) =>
  json({ errors: [{ message, extensions: { code: "CSRF" } }] }, status);
