// Placeholder while the routes are written in this session.
import { Hono } from "hono";
import type { DirectoryRouteDeps } from "../routes";

export function publicPageRoutes(_deps: DirectoryRouteDeps) {
  return new Hono();
}
