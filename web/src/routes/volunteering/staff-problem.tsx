// A page-sized answer when a coordinator's volunteering page could not load: a
// second factor still to confirm, not their organisation, or a plain failure.
import { Link } from "wouter";
import { LoadFailed } from "../../components/load-failed";
import { Page } from "../../components/page";
import type { ApiError } from "../../lib/graphql-client";

export function StaffProblem({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  if (error.code === "SECOND_FACTOR_REQUIRED") {
    return (
      <Page title="Confirm it's you first">
        <p>
          Volunteering hours are part of people's records, so we ask for a code from your authenticator app before you
          see or check them.
        </p>
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
      <Page title="Only coordinators can check hours">
        <p>
          Coordinators and administrators of this organisation check its volunteers' hours. To log your own, go to{" "}
          <Link href="/volunteering">your volunteering</Link>.
        </p>
      </Page>
    );
  }
  return (
    <Page title="We couldn't show the hours">
      <LoadFailed error={error} onRetry={onRetry} />
    </Page>
  );
}
