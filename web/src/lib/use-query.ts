// Loads a query when a component appears, with explicit loading and failed states
// so every page can say what is happening on a slow connection.
import type { TadaDocumentNode } from "gql.tada";
import { useCallback, useEffect, useState } from "react";
import { type ApiError, request, toApiError, type VariablesArg } from "./graphql-client";

export type QueryState<T> =
  | { status: "loading" }
  | { status: "failed"; error: ApiError }
  | { status: "ready"; data: T };

/**
 * The document should be a module constant so it loads once. Variables are
 * compared by value, so passing a fresh object each render does not reload.
 */
export function useQuery<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  ...[variables]: VariablesArg<Variables>
) {
  const [state, setState] = useState<QueryState<Result>>({ status: "loading" });
  const variablesKey = JSON.stringify(variables ?? {});
  const reload = useCallback(() => {
    let isCurrent = true;
    const args = [JSON.parse(variablesKey)] as VariablesArg<Variables>;
    request(document, ...args).then(
      (data) => isCurrent && setState({ status: "ready", data }),
      (error) => isCurrent && setState({ status: "failed", error: toApiError(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [document, variablesKey]);
  useEffect(reload, [reload]);
  return { state, reload };
}
