// GET /volunteering/certificate.pdf?from=YYYY-MM-DD&to=YYYY-MM-DD: the signed-in
// person's certificate of verified hours, as a file to save. The viewer comes
// from the session cookie exactly as for /graphql; a GET that changes nothing.
import { Hono } from "hono";
import { isCalendarDate, londonDate } from "../calendar-dates";
import type { DownloadRouteDeps } from "../downloads/identify";
import { plainPage } from "../downloads/plain-page";
import { certificateHours } from "./certificate-hours";
import { certificatePdf } from "./certificate-pdf";

const certificatePath = "/volunteering/certificate.pdf";

export function certificateRoutes({ identify, now }: DownloadRouteDeps) {
  const app = new Hono();
  app.get(certificatePath, async (c) => {
    // Whoever asks, the answer is about one person: never store it in a shared cache.
    c.header("Cache-Control", "no-store");
    const { db, viewer } = await identify(c);
    if (!viewer) {
      return c.html(
        plainPage(
          "Please sign in",
          'Your certificate shows your own volunteering hours, so please <a href="/sign-in">sign in</a> first, then download it again from <a href="/volunteering">your volunteering page</a>.',
        ),
        401,
      );
    }
    const from = c.req.query("from") || null;
    const to = c.req.query("to") || null;
    if ((from && !isCalendarDate(from)) || (to && !isCalendarDate(to)) || (from && to && from > to)) {
      return c.html(
        plainPage(
          "Those dates don't work",
          'Use dates like 2026-12-31, with the start on or before the end. <a href="/volunteering">Back to your volunteering</a>.',
        ),
        400,
      );
    }
    const hours = await certificateHours(db, viewer.personId, { from, to });
    if (!hours) return c.html(plainPage("Please sign in", 'Please <a href="/sign-in">sign in</a> again.'), 401);
    const at = now();
    const pdf = await certificatePdf(hours, londonDate(at), at);
    // A copy backed by a plain ArrayBuffer, as a Response body must be.
    return c.body(new Uint8Array(pdf), 200, {
      "Content-Type": "application/pdf",
      "Content-Disposition": 'attachment; filename="kinship-volunteering-hours.pdf"',
    });
  });
  return app;
}
