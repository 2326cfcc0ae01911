// For resolvers already guarded by the `signedIn` scope: the viewer, typed as present.
import { AppError } from "../errors";
import type { Context } from "./context";

export function requireViewer(ctx: Context) {
  if (!ctx.viewer) throw new AppError("UNAUTHENTICATED", "Please sign in to do this.");
  return ctx.viewer;
}
