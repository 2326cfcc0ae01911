// /organisations/:slug/suggestions: changes and new listings that visitors and
// members have suggested, waiting for someone from the organisation to decide.
import { Link } from "wouter";
import { Page } from "../../components/page";
import { ListingSuggestionsQuery } from "../../graphql/directory";
import { useQuery } from "../../lib/use-query";
import { type Organisation, OrganiserLinks, OrganiserProblem, WithOrganisation } from "./organiser-gate";
import { SuggestionCard } from "./suggestion-card";

export function SuggestionsPage({ slug }: { slug: string }) {
  return (
    <WithOrganisation slug={slug}>{(organisation) => <Suggestions organisation={organisation} />}</WithOrganisation>
  );
}

function Suggestions({ organisation }: { organisation: Organisation }) {
  const { state, reload } = useQuery(ListingSuggestionsQuery, { organisationId: organisation.id });
  if (state.status === "loading") return <p role="status">Loading suggestions…</p>;
  if (state.status === "failed")
    return <OrganiserProblem error={state.error} onRetry={reload} what="the suggestions" />;
  const suggestions = state.data.listingSuggestions;
  return (
    <Page title={`${organisation.name}: suggestions`} heading="Suggestions to check">
      <p>
        People who use {organisation.name}'s listings can suggest changes. Nothing changes on a listing until you accept
        it. Oldest first.
      </p>
      <p className="hint">
        A change to "When it happens" can't be made for you, because the schedule needs dates and times. If you accept
        one, please also edit the listing's schedule yourself.
      </p>
      {suggestions.length === 0 ? (
        <p>There's nothing waiting. Thank you for keeping on top of it.</p>
      ) : (
        <ul className="listing-list">
          {suggestions.map((suggestion) => (
            <SuggestionCard key={suggestion.id} suggestion={suggestion} slug={organisation.slug} />
          ))}
        </ul>
      )}
      <p>
        <Link href={`/organisations/${organisation.slug}/listings/new`}>List a new gathering</Link>
      </p>
      <OrganiserLinks slug={organisation.slug} />
    </Page>
  );
}
