// /organisations/:slug/listings/:id/edit: changing a listing, and single dates
// of it ("no café on Boxing Day"). Saving counts as confirming it is right.
import { Link, useLocation } from "wouter";
import { Page } from "../../components/page";
import { ListingToEditQuery, UpdateGatheringMutation } from "../../graphql/directory";
import { request } from "../../lib/graphql-client";
import { useQuery } from "../../lib/use-query";
import { ListingForm } from "./listing-form";
import type { ListingsNotice } from "./listings-page";
import { OccurrenceChanges } from "./occurrence-changes";
import { type Organisation, OrganiserProblem, WithOrganisation } from "./organiser-gate";

export function EditListingPage({ slug, id }: { slug: string; id: string }) {
  return (
    <WithOrganisation slug={slug}>
      {(organisation) => <EditListing organisation={organisation} id={id} />}
    </WithOrganisation>
  );
}

function EditListing({ organisation, id }: { organisation: Organisation; id: string }) {
  const [, navigate] = useLocation();
  // Through the organisation's own list, so withdrawn listings can be edited too.
  const { state, reload } = useQuery(ListingToEditQuery, { organisationId: organisation.id });
  const listingsPath = `/organisations/${organisation.slug}/listings`;
  if (state.status === "loading") return <p role="status">Loading the listing…</p>;
  if (state.status === "failed") return <OrganiserProblem error={state.error} onRetry={reload} what="the listing" />;
  const listing = state.data.organisationGatherings.find((gathering) => gathering.id === id);
  if (!listing) {
    return (
      <Page title="Listing not found">
        <p>We couldn't find that listing among {organisation.name}'s. It may have been removed.</p>
        <p>
          <Link href={listingsPath}>Back to your listings</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={`Edit ${listing.name}`}>
      <p>
        Only one date changing, such as a bank holiday?{" "}
        {/* A plain in-page link: the browser scrolls to the section and moves focus there. */}
        <a href="#dates-heading">Change one date</a> instead.
      </p>
      <ListingForm
        listing={listing}
        submitLabel="Save changes"
        pendingLabel="Saving…"
        onSave={async (input) => {
          await request(UpdateGatheringMutation, { id, input });
          const notice = `Your changes to ${input.name} are saved.`;
          navigate(listingsPath, { state: { notice } satisfies ListingsNotice });
        }}
      />
      <OccurrenceChanges gatheringId={id} occurrences={listing.occurrences} />
      <p>
        <Link href={listingsPath}>Back to your listings</Link>
      </p>
    </Page>
  );
}
