// Loads a query when a component appears, with explicit loading and failed states
// so every page can say what is happening on a slow connection.
import type { TadaDocumentNode } from "gql.tada";
import { useCallback, useEffect, useState } from "react";
import { type ApiError, request, toApiError } from "./graphql-client";

export type QueryState<T> =
  | { status: "loading" }
  | { status: "failed"; error: ApiError }
  | { status: "ready"; data: T };

/** For queries without variables; the document should be a module constant so it loads once. */
export function useQuery<Result>(document: TadaDocumentNode<Result, Record<string, never>>) {
  const [state, setState] = useState<QueryState<Result>>({ status: "loading" });
  const reload = useCallback(() => {
    let isCurrent = true;
    request(document).then(
      (data) => isCurrent && setState({ status: "ready", data }),
      (error) => isCurrent && setState({ status: "failed", error: toApiError(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [document]);
  useEffect(reload, [reload]);
  return { state, reload };
}
