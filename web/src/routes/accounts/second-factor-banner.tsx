// The prompt on the home page for staff who have not yet proved their second
// factor this visit. Staff features refuse to load until they have.
import { Link } from "wouter";
import { MySecondFactorQuery } from "../../graphql/second-factor";
import { useQuery } from "../../lib/use-query";

export function SecondFactorBanner() {
  const { state } = useQuery(MySecondFactorQuery);
  // Nothing while loading or if the check fails: the staff pages themselves
  // explain the second step when the API asks for it, so nobody is stuck.
  if (state.status !== "ready") return null;
  const { isRequired, isEnrolled, isVerifiedThisSession } = state.data.mySecondFactor;
  if (!isRequired || isVerifiedThisSession) return null;
  return (
    <section className="callout callout-action" aria-labelledby="second-factor-banner">
      <h2 id="second-factor-banner">{isEnrolled ? "Confirm it's you" : "Set up your authenticator app"}</h2>
      <p>
        {isEnrolled
          ? "Enter a code from your authenticator app before you look at people's details."
          : "You can see people's private information, so we ask for a second step when you sign in: a code from an app on your phone."}
      </p>
      <p>
        <Link href="/second-factor" className="button">
          {isEnrolled ? "Enter a code" : "Set up your app"}
        </Link>
      </p>
    </section>
  );
}
