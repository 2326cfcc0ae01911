// For pages people reach from a QR code or a public listing: instead of sending
// a signed-out person away (and losing where they were going), say why an
// account is needed and how to come back.
import type { ReactNode } from "react";
import { Link } from "wouter";
import { LoadFailed } from "../../components/load-failed";
import { Page } from "../../components/page";
import { useViewer, type Viewer } from "../../lib/viewer";

interface SignInFirstProps {
  title: string;
  /** Why an account is needed, and how to get back here afterwards. */
  reason: ReactNode;
  children: (viewer: Viewer) => ReactNode;
}

export function SignInFirst({ title, reason, children }: SignInFirstProps) {
  const { state, reload } = useViewer();
  if (state.status === "loading") return <p role="status">Loading…</p>;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  if (state.viewer) return children(state.viewer);
  return (
    <Page title={title}>
      {reason}
      <div className="actions">
        <Link href="/sign-in" className="button">
          Sign in
        </Link>
        <Link href="/sign-up" className="button-secondary">
          Create an account
        </Link>
      </div>
    </Page>
  );
}
