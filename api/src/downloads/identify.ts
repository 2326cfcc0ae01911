// What every download route needs from the app: who is asking (from the session
// cookie, exactly as for /graphql) and the clock.
import type { Database } from "@kinship/db";
import type { Context as HonoContext } from "hono";
import type { Viewer } from "../graphql/context";

export interface DownloadRouteDeps {
  identify: (c: HonoContext) => Promise<{ db: Database; viewer: Viewer | null }>;
  now: () => Date;
}
