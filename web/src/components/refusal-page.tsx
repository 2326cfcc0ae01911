// A page-sized answer when a staff page could not load: a second factor still to
// confirm, not this viewer's organisation, or a plain failure. Each feature says
// in its own words why it asks for the second factor and who may see the page.
import type { ReactNode } from "react";
import { Link } from "wouter";
import type { ApiError } from "../lib/graphql-client";
import { LoadFailed } from "./load-failed";
import { Page } from "./page";

export interface RefusalWords {
  /** Why this page asks for a code from the authenticator app. */
  whySecondFactor: ReactNode;
  forbiddenTitle: string;
  forbidden: ReactNode;
}

export function RefusalPage({
  error,
  onRetry,
  what,
  words,
}: {
  error: ApiError;
  onRetry: () => void;
  what: string;
  words: RefusalWords;
}) {
  if (error.code === "SECOND_FACTOR_REQUIRED") {
    return (
      <Page title="Confirm it's you first">
        <p>{words.whySecondFactor}</p>
        <p>
          <Link href="/second-factor" className="button">
            Confirm it's you
          </Link>
        </p>
      </Page>
    );
  }
  if (error.code === "FORBIDDEN") {
    return (
      <Page title={words.forbiddenTitle}>
        <p>{words.forbidden}</p>
        <p>
          <Link href="/home">Go to your home page</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={`We couldn't show ${what}`}>
      <LoadFailed error={error} onRetry={onRetry} />
    </Page>
  );
}
