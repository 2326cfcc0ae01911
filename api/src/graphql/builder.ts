// The one Pothos builder: drizzle-backed types, declared authorization scopes,
// zod validation whose failures become VALIDATION errors.
import { relations } from "@kinship/db";
import type { Role } from "@kinship/db/schema";
import SchemaBuilder from "@pothos/core";
import DrizzlePlugin from "@pothos/plugin-drizzle";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import { getTableConfig } from "drizzle-orm/sqlite-core";
import { staffStanding } from "../auth/staff-standing";
import { AppError, type FieldProblems, validationError } from "../errors";
import { type Context, staffRoles } from "./context";

export interface BuilderTypes {
  Context: Context;
  DrizzleRelations: typeof relations;
  AuthScopes: {
    signedIn: boolean;
    /** The viewer belongs to this organisation, in any role. */
    memberOf: string;
    /** The viewer coordinates or administers this organisation (second factor proven). */
    staffOf: string;
    /** The viewer administers this organisation (second factor proven). */
    adminOf: string;
    /** The viewer may promote this organisation's gatherings: a recovery champion, or staff (second factor proven). */
    promoterOf: string;
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
  };
}

export const builder = new SchemaBuilder<BuilderTypes & { DefaultFieldNullability: false }>({
  // Fields are non-null unless they say otherwise, so the schema states what always exists.
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, ValidationPlugin, DrizzlePlugin],
  drizzle: { client: (ctx) => ctx.db, relations, getTableConfig },
  scopeAuth: {
    authScopes: (ctx) => ({
      signedIn: ctx.viewer !== null,
      memberOf: (organisationId) => ctx.viewer?.roles.has(organisationId) ?? false,
      staffOf: (organisationId) => hasRoleWithSecondFactor(ctx, organisationId, staffRoles),
      adminOf: (organisationId) => hasRoleWithSecondFactor(ctx, organisationId, ["admin"]),
      promoterOf: (organisationId) =>
        ctx.viewer?.roles.get(organisationId) === "recovery_champion" ||
        hasRoleWithSecondFactor(ctx, organisationId, staffRoles),
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? new AppError("FORBIDDEN", "You do not have permission to see this.")
        : new AppError("UNAUTHENTICATED", "Please sign in to see this."),
  },
  validation: {
    validationError: (result) => {
      const fields: FieldProblems = {};
      for (const issue of result.issues) {
        const path = (issue.path ?? [])
          .map((part) => (typeof part === "object" ? part.key : part))
          .filter((part) => part !== "input")
          .join(".");
        const key = path || "input";
        fields[key] = [...(fields[key] ?? []), issue.message];
      }
      return validationError(fields);
    },
  },
});

// Staff reach other people's data only from a session that proved a second factor.
function hasRoleWithSecondFactor(ctx: Context, organisationId: string, roles: readonly Role[]) {
  const standing = staffStanding(ctx.viewer, organisationId, ctx.now(), roles);
  if (standing === "second_factor_missing") {
    throw new AppError("SECOND_FACTOR_REQUIRED", "Confirm it's you with your authenticator app to see this.");
  }
  return standing === "staff";
}

builder.scalarType("DateTime", {
  description: "An instant in time, as an ISO 8601 string in UTC.",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw validationError({ input: ["That is not a valid date and time."] });
    return date;
  },
});

builder.queryType({});
builder.mutationType({});

/** A GraphQL enum (UPPER_SNAKE names) over the values stored in the database (snake_case or camelCase). */
export function enumOfValues<const T extends string>(name: string, values: readonly T[]) {
  const graphqlName = (value: string) => value.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
  return builder.enumType(name, {
    values: Object.fromEntries(values.map((value) => [graphqlName(value), { value }])) as Record<
      Uppercase<T>,
      { value: T }
    >,
  });
}
