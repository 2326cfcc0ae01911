// /suggest-a-listing: anyone suggests a gathering that isn't listed yet, for
// the organisation they choose. It waits for that organisation to check it.
import { useState } from "react";
import { ErrorSummary } from "../../components/error-summary";
import { LoadFailed } from "../../components/load-failed";
import { Page } from "../../components/page";
import { OrganisationChoicesQuery, SuggestListingChangeMutation } from "../../graphql/directory";
import type { ResultOf } from "../../graphql/graphql";
import { request } from "../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../lib/use-form-submit";
import { useQuery } from "../../lib/use-query";
import { SelectField } from "./form-fields";
import {
  changesFrom,
  kinderRateLimit,
  SuggestionFields,
  SuggestionMessageAndSend,
  suggestionFieldIds,
} from "./suggestion-fields";

type Organisation = ResultOf<typeof OrganisationChoicesQuery>["organisations"][number];

export function SuggestListingPage() {
  const { state, reload } = useQuery(OrganisationChoicesQuery);
  if (state.status === "loading") return <p role="status">Loading…</p>;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  return <SuggestListing organisations={state.data.organisations} />;
}

function SuggestListing({ organisations }: { organisations: Organisation[] }) {
  const [sentTo, setSentTo] = useState<Organisation | null>(null);
  const { onSubmit, problems, isPending } = useFormSubmit(suggestionFieldIds, async (data) => {
    const organisationId = textOf(data, "organisationId") || null;
    const input = { organisationId, changes: changesFrom(data), message: textOf(data, "message") };
    await request(SuggestListingChangeMutation, { input }).catch((error: unknown) => {
      throw kinderRateLimit(error);
    });
    setSentTo(organisations.find((organisation) => organisation.id === organisationId) ?? null);
  });
  if (sentTo) {
    return (
      <Page title="Thank you">
        <p className="lead">Thank you for telling us about it.</p>
        <p>A volunteer from {sentTo.name} will check your suggestion before it's listed. That can take a few days.</p>
      </Page>
    );
  }
  return (
    <Page title="Suggest a listing">
      <p>
        Know a meeting, café, walk or group that isn't on Kinship? Tell us about it. You don't need an account. We only
        need the organisation and a name: fill in whatever else you know, and the organisation will check it before
        anything is listed.
      </p>
      <ErrorSummary problems={problems.summary} />
      <form onSubmit={onSubmit} noValidate>
        <SelectField
          id="organisationId"
          label="Which organisation should list it?"
          hint="The one that runs it, or the one nearest to it."
          options={[["", "Choose one"], ...organisations.map((o): [string, string] => [o.id, `${o.name}, ${o.town}`])]}
          defaultValue=""
          error={problems.byField.organisationId}
        />
        <SuggestionFields errors={problems.byField} />
        <SuggestionMessageAndSend
          hint="For example, how you know about it. Please don't include anyone's personal details."
          error={problems.byField.message}
          isPending={isPending}
        />
      </form>
    </Page>
  );
}
