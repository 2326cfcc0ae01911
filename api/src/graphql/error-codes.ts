// GraphQL.js reports some problems with the request itself (a variable of the
// wrong type, an unknown enum value) without a code. Clients branch on codes,
// so these get BAD_USER_INPUT.
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

export const codeEveryError: Plugin = {
  onExecute() {
    return {
      onExecuteDone({ result, setResult }) {
        if (!("errors" in result) || !result.errors?.some((e) => !e.extensions?.code)) return;
        setResult({
          ...result,
          errors: result.errors.map((error) =>
            error.extensions?.code
              ? error
              : new GraphQLError(error.message, {
                  nodes: error.nodes,
                  path: error.path,
                  originalError: error.originalError,
                  extensions: { ...error.extensions, code: "BAD_USER_INPUT" },
                }),
          ),
        });
      },
    };
  },
};
