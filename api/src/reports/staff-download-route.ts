// GET <path>?organisationId=…&from=YYYY-MM-DD&to=YYYY-MM-DD: one of an
// organisation's reports as a file, for its coordinators and administrators with
// a second factor. A GET that changes nothing; every refusal is a plain page that
// says what to do next.
import type { Database } from "@kinship/db";
import { Hono } from "hono";
import type { DownloadRouteDeps } from "../downloads/identify";
import { plainPage } from "../downloads/plain-page";
import { AppError } from "../errors";
import type { PeriodRequest } from "./reporting-period";
import { requireReportingStaff } from "./reporting-staff";

export interface StaffDownload {
  path: string;
  /** What is downloaded, as in "Only coordinators … can download its dashboard". */
  what: string;
  /** Why a second factor is asked for, one sentence. */
  whySecondFactor: string;
  /** The period rule in words, as in "no more than three years apart". */
  periodRule: string;
  isPeriodWrong: (from: string, to: string) => boolean;
  produce: (
    db: Database,
    request: PeriodRequest,
    at: Date,
  ) => Promise<{ body: string | Uint8Array; contentType: string; filename: string }>;
}

export function staffDownloadRoutes({ identify, now }: DownloadRouteDeps, download: StaffDownload) {
  const app = new Hono();
  app.get(download.path, async (c) => {
    // The answer depends on who asks: never store it in a shared cache.
    c.header("Cache-Control", "no-store");
    const { db, viewer } = await identify(c);
    if (!viewer) {
      const body = `${capitalised(download.what)} is for coordinators, so please <a href="/sign-in">sign in</a> first, then download it again.`;
      return c.html(plainPage("Please sign in", body), 401);
    }
    const request = {
      organisationId: c.req.query("organisationId") ?? "",
      from: c.req.query("from") ?? "",
      to: c.req.query("to") ?? "",
    };
    if (download.isPeriodWrong(request.from, request.to)) {
      const body = `Use dates like 2026-12-31, with the start on or before the end and ${download.periodRule}. <a href="/home">Back to your home page</a>.`;
      return c.html(plainPage("Those dates don't work", body), 400);
    }
    const at = now();
    try {
      requireReportingStaff(viewer, request.organisationId, at, download.what);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const [title, body] =
        error.code === "SECOND_FACTOR_REQUIRED"
          ? [
              "Confirm it's you first",
              `${download.whySecondFactor} <a href="/second-factor">Confirm it's you</a>, then download it again.`,
            ]
          : [
              "Only coordinators can download this",
              `Only coordinators and administrators of the organisation can download ${download.what}. <a href="/home">Back to your home page</a>.`,
            ];
      return c.html(plainPage(title, body), 403);
    }
    const file = await download.produce(db, request, at);
    // A Uint8Array copy is backed by a plain ArrayBuffer, as a Response body must be.
    const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
    return c.body(body, 200, {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
    });
  });
  return app;
}

function capitalised(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
