// The one rule behind every "staff of this organisation" check, in GraphQL
// scopes and in use cases and routes alike: the role, then a second factor
// proven on this session. Callers choose the words of their refusal.
import type { Role } from "@kinship/db/schema";
import { staffRoles, type Viewer } from "../graphql/context";
import { hasCurrentSecondFactor } from "./sessions";

export type StaffStanding = "staff" | "not_staff" | "second_factor_missing";

export function staffStanding(
  viewer: Viewer | null,
  organisationId: string,
  now: Date,
  roles: readonly Role[] = staffRoles,
): StaffStanding {
  const role = viewer?.roles.get(organisationId);
  if (!viewer || !role || !roles.includes(role)) return "not_staff";
  return hasCurrentSecondFactor(viewer.session, now) ? "staff" : "second_factor_missing";
}
