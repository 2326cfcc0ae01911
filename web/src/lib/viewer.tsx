// Who is signed in, loaded once when the app starts and updated by the sign-in,
// sign-up and sign-out forms. The cookie itself is HttpOnly; `me` is the truth.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { MeQuery } from "../graphql/accounts";
import type { ResultOf } from "../graphql/graphql";
import { type ApiError, request, toApiError } from "./graphql-client";

export type Viewer = NonNullable<ResultOf<typeof MeQuery>["me"]>;

type ViewerState =
  | { status: "loading" }
  | { status: "failed"; error: ApiError }
  | { status: "ready"; viewer: Viewer | null };

interface ViewerContextValue {
  state: ViewerState;
  /** Call with the person a mutation returned, or null once signed out. */
  setViewer: (viewer: Viewer | null) => void;
  reload: () => void;
}

const ViewerContext = createContext<ViewerContextValue | null>(null);

export function ViewerProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<ViewerState>({ status: "loading" });
  const reload = useCallback(() => {
    setState({ status: "loading" });
    request(MeQuery).then(
      (data) => setState({ status: "ready", viewer: data.me }),
      (error) => setState({ status: "failed", error: toApiError(error) }),
    );
  }, []);
  useEffect(reload, [reload]);
  const setViewer = useCallback((viewer: Viewer | null) => setState({ status: "ready", viewer }), []);
  const value = useMemo(() => ({ state, setViewer, reload }), [state, setViewer, reload]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer() {
  const value = useContext(ViewerContext);
  if (!value) throw new Error("useViewer must be used inside <ViewerProvider>");
  return value;
}

/** The signed-in person, or null while loading or when signed out. */
export function useSignedInViewer() {
  const { state } = useViewer();
  return state.status === "ready" ? state.viewer : null;
}
