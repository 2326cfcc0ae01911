// What organisers' pages share: finding the organisation from the address, and
// explaining a refusal (a second factor still to confirm, or not their listings).
import type { ReactNode } from "react";
import { Link } from "wouter";
import { LoadFailed } from "../../components/load-failed";
import { Page } from "../../components/page";
import { RefusalPage, type RefusalWords } from "../../components/refusal-page";
import { OrganisationBySlugQuery } from "../../graphql/directory";
import type { ResultOf } from "../../graphql/graphql";
import type { ApiError } from "../../lib/graphql-client";
import { useQuery } from "../../lib/use-query";

export type Organisation = NonNullable<ResultOf<typeof OrganisationBySlugQuery>["organisation"]>;

export function WithOrganisation({
  slug,
  children,
}: {
  slug: string;
  children: (organisation: Organisation) => ReactNode;
}) {
  const { state, reload } = useQuery(OrganisationBySlugQuery, { slug });
  if (state.status === "loading") return <p role="status">Loading…</p>;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  if (!state.data.organisation) {
    return (
      <Page title="Organisation not found">
        <p>We couldn't find that organisation. The link may be old.</p>
        <p>
          <Link href="/home">Go to your home page</Link>
        </p>
      </Page>
    );
  }
  return children(state.data.organisation);
}

const listingsRefusal: RefusalWords = {
  whySecondFactor:
    "Because you can see people's private information, we ask for a code from your authenticator app before you change listings.",
  forbiddenTitle: "You can't change these listings",
  forbidden:
    "Only recovery champions, coordinators and administrators of this organisation can look after its listings. If you think you should be able to, ask a coordinator.",
};

/** A page-sized answer to an organiser's page that could not load. */
export function OrganiserProblem(props: { error: ApiError; onRetry: () => void; what: string }) {
  return <RefusalPage {...props} words={listingsRefusal} />;
}

/** The links back from an organiser's page to the organisation's other pages. */
export function OrganiserLinks({ slug }: { slug: string }) {
  return (
    <ul className="plain-list">
      <li>
        <Link href={`/organisations/${slug}/listings`}>Your listings</Link>
      </li>
      <li>
        <Link href={`/organisations/${slug}/suggestions`}>Suggestions to check</Link>
      </li>
      <li>
        <Link href="/home">Your home page</Link>
      </li>
    </ul>
  );
}
