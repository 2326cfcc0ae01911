// Reminders' HTTP pages, rendered on the server (they must work from a text
// message on any phone, with no script): the stop link, and in development the
// outbox that stands in for a provider. Neither reads the session cookie.
import type { Database } from "@kinship/db";
import { schema } from "@kinship/db";
import { DevelopmentOutboxPage } from "@kinship/web/reminders/development-outbox-page";
import { type StopPageState, StopRemindersPage } from "@kinship/web/reminders/stop-page";
import { desc } from "drizzle-orm";
import { Hono, type Context as HonoContext } from "hono";
import { createElement, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { whenWords } from "./london-clock";
import { stopRemindersByLink } from "./stop/stop-reminders";
import { findStopToken } from "./stop/stop-tokens";

export interface ReminderRouteDeps {
  getDb: (c: HonoContext) => Database;
  now: () => Date;
  isProduction: boolean;
}

function page(c: HonoContext, element: ReactElement, status: 200 | 404 = 200) {
  c.header("Cache-Control", "no-store");
  c.header("X-Robots-Tag", "noindex");
  return c.html(`<!doctype html>${renderToString(element)}`, status);
}

export function reminderRoutes({ getDb, now, isProduction }: ReminderRouteDeps) {
  const app = new Hono();
  const stopPage = (c: HonoContext, state: StopPageState) =>
    page(c, createElement(StopRemindersPage, { state, action: c.req.path }), state === "not_found" ? 404 : 200);

  app.get("/stop/:token", async (c) => {
    const row = await findStopToken(getDb(c), c.req.param("token"), now());
    return stopPage(c, row ? "confirm" : "not_found");
  });
  // The button on that page, and mail apps' one-click unsubscribe (RFC 8058), both POST here.
  app.post("/stop/:token", async (c) => {
    const { isStopped } = await stopRemindersByLink({ db: getDb(c), token: c.req.param("token"), now: now() });
    return stopPage(c, isStopped ? "stopped" : "not_found");
  });

  app.get("/dev/outbox", async (c) => {
    if (isProduction) return c.text("Not found", 404);
    const { developmentOutbox: outbox } = schema;
    const rows = await getDb(c).select().from(outbox).orderBy(desc(outbox.sentAt)).limit(100);
    const entries = rows.map((row) => ({
      id: row.id,
      channel: row.channel,
      recipient: row.recipient,
      subject: row.subject,
      body: row.body,
      sentAt: row.sentAt.toISOString(),
      sentAtWords: whenWords(row.sentAt),
    }));
    return page(c, createElement(DevelopmentOutboxPage, { entries }));
  });
  return app;
}
