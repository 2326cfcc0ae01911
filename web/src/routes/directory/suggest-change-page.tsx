// /gatherings/:id/suggest: anyone, signed in or not, tells the organisers that
// something on a listing has changed. A volunteer checks it before it shows.
import { useState } from "react";
import { ErrorSummary } from "../../components/error-summary";
import { LoadFailed } from "../../components/load-failed";
import { Page } from "../../components/page";
import { PublicGatheringQuery, SuggestListingChangeMutation } from "../../graphql/directory";
import type { ResultOf } from "../../graphql/graphql";
import { request } from "../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../lib/use-form-submit";
import { useQuery } from "../../lib/use-query";
import {
  changesFrom,
  kinderRateLimit,
  SuggestionFields,
  SuggestionMessageAndSend,
  suggestionFieldIds,
} from "./suggestion-fields";

type Gathering = NonNullable<ResultOf<typeof PublicGatheringQuery>["gathering"]>;

export function SuggestChangePage({ id }: { id: string }) {
  const { state, reload } = useQuery(PublicGatheringQuery, { id });
  if (state.status === "loading") return <p role="status">Loading the listing…</p>;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  if (!state.data.gathering) {
    return (
      <Page title="Listing not found">
        <p>We couldn't find that listing. It may have been withdrawn, so there's nothing to change.</p>
        <p>
          <a href="/find">Find meetings and events</a>
        </p>
      </Page>
    );
  }
  return <SuggestChange gathering={state.data.gathering} />;
}

function SuggestChange({ gathering }: { gathering: Gathering }) {
  const [isSent, setIsSent] = useState(false);
  const { onSubmit, problems, isPending } = useFormSubmit(suggestionFieldIds, async (data) => {
    const input = { gatheringId: gathering.id, changes: changesFrom(data), message: textOf(data, "message") };
    await request(SuggestListingChangeMutation, { input }).catch((error: unknown) => {
      throw kinderRateLimit(error);
    });
    setIsSent(true);
  });
  const publicHref = `/gatherings/${gathering.id}`;
  if (isSent) {
    return (
      <Page title="Thank you">
        <p className="lead">Thank you for helping keep {gathering.name} right.</p>
        <p>
          A volunteer from {gathering.organisation.name} will check your suggestion before anything changes on the
          listing. That can take a few days.
        </p>
        <p>
          <a href={publicHref}>Back to {gathering.name}</a>
        </p>
      </Page>
    );
  }
  const current = {
    name: gathering.name,
    description: gathering.description,
    whenText: gathering.schedule,
    venueName: gathering.place?.venueName,
    address: gathering.place?.address,
    town: gathering.place?.town,
    postcode: gathering.place?.postcode,
    accessibilityNotes: gathering.accessibilityNotes,
    onlineUrl: gathering.online?.url,
    onlinePhone: gathering.online?.phone,
    onlineNotes: gathering.online?.notes,
    contactEmail: gathering.contactEmail,
    contactPhone: gathering.contactPhone,
    website: gathering.website,
  };
  return (
    <Page title={`Suggest a change to ${gathering.name}`} heading="Suggest a change">
      <p className="lead">{gathering.name}</p>
      <p>
        Only fill in what's different, and leave everything else empty. You don't need an account. A volunteer from{" "}
        {gathering.organisation.name} will check it before anything changes.
      </p>
      <ErrorSummary problems={problems.summary} />
      <form onSubmit={onSubmit} noValidate>
        <SuggestionFields current={current} errors={problems.byField} />
        <SuggestionMessageAndSend
          hint="For example, how you know. Please don't include anyone's personal details."
          error={problems.byField.message}
          isPending={isPending}
        />
      </form>
      <p>
        <a href={publicHref}>Back to {gathering.name}</a>
      </p>
    </Page>
  );
}
