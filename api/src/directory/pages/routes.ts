// The directory's public pages: the finder and each listing's page, rendered
// on the server from web/src/public's React components. They work, and are
// indexable, with no JavaScript; the enhancement script only adds to them.
import { FinderPage } from "@kinship/web/public/finder-page";
import { GatheringPage } from "@kinship/web/public/gathering-page";
import { PublicNotFoundPage } from "@kinship/web/public/not-found-page";
import { Hono, type Context as HonoContext } from "hono";
import { createElement } from "react";
import { loadGathering } from "../gathering-record";
import type { DirectoryRouteDeps } from "../routes";
import { finderView } from "./finder-view";
import { gatheringView } from "./gathering-view";
import { pageResponse } from "./render-page";

// Ids are ours (short random strings); anything far longer is not one, and need not reach the database.
const maxIdLength = 64;

export function publicPageRoutes(deps: DirectoryRouteDeps) {
  const app = new Hono();
  const originOf = (c: HonoContext) => deps.publicOrigin ?? new URL(c.req.url).origin;

  app.get("/find", async (c) => {
    const view = await finderView({
      db: deps.getDb(c),
      settings: deps.getDirectory(c),
      params: new URL(c.req.url).searchParams,
      now: deps.now(),
      origin: originOf(c),
    });
    return pageResponse(c, createElement(FinderPage, { view }));
  });

  app.get("/gatherings/:id", async (c) => {
    const id = c.req.param("id");
    const gathering = id.length <= maxIdLength ? await loadGathering(deps.getDb(c), id) : undefined;
    // Withdrawn listings are gone for the public, exactly like ones that never existed.
    if (!gathering || gathering.withdrawnAt) {
      const head = {
        title: "Listing not found",
        description: "This listing is not in the directory.",
        canonicalUrl: `${originOf(c)}/find`,
        isIndexable: false,
      };
      return pageResponse(c, createElement(PublicNotFoundPage, { head }), 404);
    }
    const view = gatheringView({
      gathering,
      now: deps.now(),
      staleAfterDays: deps.getDirectory(c).staleAfterDays,
      origin: originOf(c),
    });
    return pageResponse(c, createElement(GatheringPage, { view }));
  });

  return app;
}
