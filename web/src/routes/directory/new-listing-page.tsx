// /organisations/:slug/listings/new: listing a new gathering for the organisation.
import { Link, useLocation } from "wouter";
import { Page } from "../../components/page";
import { CreateGatheringMutation, OrganisationListingsQuery } from "../../graphql/directory";
import { request } from "../../lib/graphql-client";
import { useQuery } from "../../lib/use-query";
import { ListingForm } from "./listing-form";
import type { ListingsNotice } from "./listings-page";
import { type Organisation, OrganiserProblem, WithOrganisation } from "./organiser-gate";

export function NewListingPage({ slug }: { slug: string }) {
  return (
    <WithOrganisation slug={slug}>{(organisation) => <NewListing organisation={organisation} />}</WithOrganisation>
  );
}

function NewListing({ organisation }: { organisation: Organisation }) {
  const [, navigate] = useLocation();
  // Asked first so a refusal (or a second factor to confirm) shows before anyone fills in the form.
  const { state, reload } = useQuery(OrganisationListingsQuery, { organisationId: organisation.id });
  if (state.status === "loading") return <p role="status">Loading…</p>;
  if (state.status === "failed") return <OrganiserProblem error={state.error} onRetry={reload} what="the form" />;
  return (
    <Page title="List a new gathering">
      <p>
        For <strong>{organisation.name}</strong>. Everything here will be public, so please leave out anyone's personal
        details.
      </p>
      <ListingForm
        submitLabel="List it"
        pendingLabel="Listing it…"
        onSave={async (input) => {
          await request(CreateGatheringMutation, { organisationId: organisation.id, input });
          const notice = `${input.name} is listed. People can find it now.`;
          navigate(`/organisations/${organisation.slug}/listings`, { state: { notice } satisfies ListingsNotice });
        }}
      />
      <p>
        <Link href={`/organisations/${organisation.slug}/listings`}>Back to your listings</Link>
      </p>
    </Page>
  );
}
