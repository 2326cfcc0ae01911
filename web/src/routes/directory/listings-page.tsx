// /organisations/:slug/listings: every listing the organisation has, withdrawn
// ones included, with the quick changes organisers make most often.
import { useState } from "react";
import { Link } from "wouter";
import { useHistoryState } from "wouter/use-browser-location";
import { Page } from "../../components/page";
import { OrganisationListingsQuery } from "../../graphql/directory";
import type { ResultOf } from "../../graphql/graphql";
import { useQuery } from "../../lib/use-query";
import { ListingCard } from "./listing-card";
import { type Organisation, OrganiserLinks, OrganiserProblem, WithOrganisation } from "./organiser-gate";

/** Set as history state by the form pages, to say what was just saved. */
export interface ListingsNotice {
  notice?: string;
}

type Listing = ResultOf<typeof OrganisationListingsQuery>["organisationGatherings"][number];

export function ListingsPage({ slug }: { slug: string }) {
  return <WithOrganisation slug={slug}>{(organisation) => <Listings organisation={organisation} />}</WithOrganisation>;
}

function Listings({ organisation }: { organisation: Organisation }) {
  const { state, reload } = useQuery(OrganisationListingsQuery, { organisationId: organisation.id });
  // Status changes return the listing as it now is; show that without loading them all again.
  const [changed, setChanged] = useState<Record<string, Listing>>({});
  const notice = useHistoryState<ListingsNotice | null>()?.notice;
  const [message, setMessage] = useState(notice ?? "");
  if (state.status === "loading") return <p role="status">Loading listings…</p>;
  if (state.status === "failed") return <OrganiserProblem error={state.error} onRetry={reload} what="the listings" />;

  const listings = state.data.organisationGatherings.map((listing) => changed[listing.id] ?? listing);
  const onChanged = (listing: Listing, words: string) => {
    setChanged((all) => ({ ...all, [listing.id]: listing }));
    setMessage(words);
  };
  return (
    <Page title={`${organisation.name}: listings`} heading={`Listings of ${organisation.name}`}>
      <p>
        These are the meetings, cafés, walks and events people can find on Kinship. Please check them every few months
        and press "Still right" so people know they can rely on them.
      </p>
      <p>
        <Link href={`/organisations/${organisation.slug}/listings/new`} className="button">
          List a new gathering
        </Link>
      </p>
      {/* Always in the page, so screen readers announce each new message. */}
      <p className={message ? "notice" : "visually-hidden"} role="status">
        {message}
      </p>
      {listings.length === 0 ? (
        <p>You haven't listed anything yet.</p>
      ) : (
        <ul className="listing-list">
          {listings.map((listing) => (
            <ListingCard key={listing.id} listing={listing} slug={organisation.slug} onChanged={onChanged} />
          ))}
        </ul>
      )}
      <OrganiserLinks slug={organisation.slug} />
    </Page>
  );
}
