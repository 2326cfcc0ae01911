// Turns a public page's React element into the HTTP response: a full HTML
// document, cacheable by anyone for a minute (no cookie is read or set).
import type { Context as HonoContext } from "hono";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";

export function pageResponse(c: HonoContext, page: ReactElement, status: 200 | 404 = 200) {
  c.header("Cache-Control", "public, max-age=60");
  return c.html(`<!doctype html>${renderToString(page)}`, status);
}
