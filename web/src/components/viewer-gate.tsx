// Route guards: signed-in pages send visitors to sign in, and the sign-in and
// sign-up pages send people who are already signed in to their home page.
import type { ReactNode } from "react";
import { Redirect } from "wouter";
import { useViewer, type Viewer } from "../lib/viewer";

function Pending({ state }: { state: ReturnType<typeof useViewer>["state"] }) {
  const { reload } = useViewer();
  if (state.status === "loading") return <p role="status">Loading…</p>;
  return (
    <div role="alert">
      <p>{state.status === "failed" ? state.error.message : ""}</p>
      <button type="button" className="button-secondary" onClick={reload}>
        Try again
      </button>
    </div>
  );
}

export function RequireSignIn({ children }: { children: (viewer: Viewer) => ReactNode }) {
  const { state } = useViewer();
  if (state.status !== "ready") return <Pending state={state} />;
  if (!state.viewer) return <Redirect to="/sign-in" replace />;
  return children(state.viewer);
}

export function RequireSignedOut({ children }: { children: ReactNode }) {
  const { state } = useViewer();
  if (state.status !== "ready") return <Pending state={state} />;
  if (state.viewer) return <Redirect to="/home" replace />;
  return children;
}
