// A page-sized answer when a coordinator's volunteering page could not load: a
// second factor still to confirm, not their organisation, or a plain failure.
import { Link } from "wouter";
import { RefusalPage, type RefusalWords } from "../../components/refusal-page";
import type { ApiError } from "../../lib/graphql-client";

const hoursRefusal: RefusalWords = {
  whySecondFactor:
    "Volunteering hours are part of people's records, so we ask for a code from your authenticator app before you see or check them.",
  forbiddenTitle: "Only coordinators can check hours",
  forbidden: (
    <>
      Coordinators and administrators of this organisation check its volunteers' hours. To log your own, go to{" "}
      <Link href="/volunteering">your volunteering</Link>.
    </>
  ),
};

export function StaffProblem({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  return <RefusalPage error={error} onRetry={onRetry} what="the hours" words={hoursRefusal} />;
}
