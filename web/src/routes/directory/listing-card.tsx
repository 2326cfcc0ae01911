// One listing in the organiser's list: when it happens, whether it is current,
// and buttons for "still right", cancel or reinstate, and withdraw.
import { useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import { ChangeListingStatusMutation } from "../../graphql/directory";
import type { ResultOf, VariablesOf } from "../../graphql/graphql";
import { request, toApiError } from "../../lib/graphql-client";
import { formatLondonDay } from "./dates";

type Listing = ResultOf<typeof ChangeListingStatusMutation>["changeListingStatus"];
type Change = VariablesOf<typeof ChangeListingStatusMutation>["change"];

const doneWords: Record<Change, (name: string) => string> = {
  CONFIRM: (name) => `Thank you. ${name} is marked as still right today.`,
  CANCEL: (name) => `${name} is cancelled. Its page stays up and says so. You can reinstate it at any time.`,
  REINSTATE: (name) => `${name} is back on, and people can find it again.`,
  WITHDRAW: (name) => `${name} is withdrawn, so people can no longer find it. You can reinstate it at any time.`,
};

function StatusLine({ listing }: { listing: Listing }) {
  if (listing.isWithdrawn) return <p className="warning">Withdrawn: people can't find it.</p>;
  if (listing.isCancelled) return <p className="warning">Cancelled: its page says so.</p>;
  if (listing.isStale) {
    return (
      <p className="warning">
        Not confirmed since {formatLondonDay(listing.lastConfirmedAt)}. If it's still right, please say so.
      </p>
    );
  }
  return <p className="meta">Last confirmed on {formatLondonDay(listing.lastConfirmedAt)}.</p>;
}

interface ListingCardProps {
  listing: Listing;
  slug: string;
  onChanged: (listing: Listing, message: string) => void;
}

export function ListingCard({ listing, slug, onChanged }: ListingCardProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownListing = useRef(listing);
  // A button that disappears (Withdraw) takes focus with it; bring it back to this listing.
  useEffect(() => {
    if (shownListing.current === listing) return;
    shownListing.current = listing;
    if (document.activeElement === document.body) headingRef.current?.focus();
  }, [listing]);

  const change = async (change: Change) => {
    setProblem(null);
    setIsPending(true);
    try {
      const data = await request(ChangeListingStatusMutation, { id: listing.id, change });
      onChanged(data.changeListingStatus, doneWords[change](listing.name));
    } catch (error) {
      setProblem(toApiError(error).message);
    } finally {
      setIsPending(false);
    }
  };
  const isOff = listing.isCancelled || listing.isWithdrawn;
  // Hidden words start with a word, not punctuation: Chrome puts a space before them.
  const hidden = (words: string) => <span className="visually-hidden"> {words}</span>;
  const base = `/organisations/${slug}/listings/${listing.id}`;
  return (
    <li className="card">
      <h2 ref={headingRef} tabIndex={-1}>
        {listing.name}
      </h2>
      <p className="meta">
        {[listing.kindLabel, listing.attendanceModeLabel, listing.place?.town].filter(Boolean).join(" · ")}
      </p>
      <p>{listing.schedule}</p>
      <StatusLine listing={listing} />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        {!isOff && (
          <button type="button" className="button" disabled={isPending} onClick={() => change("CONFIRM")}>
            Still right{hidden(`for ${listing.name}`)}
          </button>
        )}
        {/* One button for both, so focus stays on it when it changes. */}
        <button
          type="button"
          className="button-secondary"
          disabled={isPending}
          onClick={() => change(isOff ? "REINSTATE" : "CANCEL")}
        >
          {isOff ? "Reinstate" : "Cancel"}
          {hidden(listing.name)}
        </button>
        {!listing.isWithdrawn && (
          <button type="button" className="button-secondary" disabled={isPending} onClick={() => change("WITHDRAW")}>
            Withdraw{hidden(listing.name)}
          </button>
        )}
      </div>
      <ul className="inline-links">
        <li>
          <Link href={`${base}/edit`}>Edit{hidden(listing.name)}</Link>
        </li>
        {!isOff && (
          <li>
            <Link href={`${base}/check-in`}>Check-in{hidden(`for ${listing.name}`)}</Link>
          </li>
        )}
        {!listing.isWithdrawn && (
          <li>
            {/* The public page is rendered by the server, not this app: a plain link. */}
            <a href={`/gatherings/${listing.id}`}>Public page{hidden(`of ${listing.name}`)}</a>
          </li>
        )}
      </ul>
    </li>
  );
}
