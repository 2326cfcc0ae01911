// The directory's public HTTP surface: server-rendered pages for people and
// search engines, and feeds for calendars and other directories. No account,
// no cookies read, so responses can be cached by anyone.
import type { Database } from "@kinship/db";
import { Hono, type Context as HonoContext } from "hono";
import { feedRoutes } from "./feeds/routes";
import { publicPageRoutes } from "./pages/routes";
import type { DirectorySettings } from "./settings";

export interface DirectoryRouteDeps {
  getDb: (c: HonoContext) => Database;
  getDirectory: (c: HonoContext) => DirectorySettings;
  now: () => Date;
  /** e.g. https://kinship.example.org; absolute links in feeds and JSON-LD use it when set. */
  publicOrigin?: string | undefined;
}

export function directoryRoutes(deps: DirectoryRouteDeps) {
  const app = new Hono();
  app.route("/", publicPageRoutes(deps));
  app.route("/", feedRoutes(deps));
  return app;
}
