// Limits on what one GraphQL request may ask for, so no single request can tie up
// the server. Error text never states the limits (`exposeLimits: false`): an
// attacker learns only that the request was refused.
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useDisableIntrospection } from "@graphql-yoga/plugin-disable-introspection";
import type { GraphQLError } from "graphql";

export const requestLimits = {
  depth: 10,
  aliases: 15,
  directives: 10,
  tokens: 1000,
  cost: 5000,
} as const;

// graphql-armor words every refusal as a "Syntax Error" without a code; clients
// branch on codes, so give it one (documented in errors.ts) and plain words.
const markTooComplex = (_context: unknown, error: GraphQLError) => {
  error.message = error.message.replace(/^Syntax Error: /, "");
  Object.assign(error.extensions, { code: "QUERY_TOO_COMPLEX" });
};
const refusal = {
  exposeLimits: false,
  errorMessage: "This request asks for too much at once.",
  onReject: [markTooComplex],
};

export function limitPlugins({ isProduction }: { isProduction: boolean }) {
  return [
    EnvelopArmorPlugin({
      maxDepth: { ...refusal, n: requestLimits.depth, flattenFragments: true },
      maxAliases: { ...refusal, n: requestLimits.aliases },
      maxDirectives: { ...refusal, n: requestLimits.directives },
      maxTokens: { ...refusal, n: requestLimits.tokens },
      costLimit: { ...refusal, maxCost: requestLimits.cost },
      // "Did you mean …?" hints would map the schema for someone probing it.
      blockFieldSuggestion: { enabled: isProduction },
    }),
    // In production the schema is not published through introspection; the
    // first-party web client is built against api/schema.graphql instead.
    ...(isProduction ? [useDisableIntrospection()] : []),
  ];
}
