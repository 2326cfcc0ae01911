// /gatherings/:id/going?on=YYYY-MM-DD, linked from a listing's public page: a
// signed-in person says they're going to one date. Nothing is saved until they
// press the button, and only they and the organisation's coordinators see it.
import { useState } from "react";
import { Link, useSearchParams } from "wouter";
import { LoadFailed } from "../../components/load-failed";
import { Page } from "../../components/page";
import { PublicGatheringQuery, SetGoingMutation } from "../../graphql/directory";
import type { ResultOf } from "../../graphql/graphql";
import { request, toApiError } from "../../lib/graphql-client";
import { useQuery } from "../../lib/use-query";
import { formatLocalDate, isLocalDate } from "./dates";
import { SignInFirst } from "./sign-in-first";

type Gathering = NonNullable<ResultOf<typeof PublicGatheringQuery>["gathering"]>;

export function GoingPage({ id }: { id: string }) {
  const reason = (
    <p>
      To say you're going, you need to be signed in, so only you and the organisers can see it. Sign in or create an
      account, then come back to the listing and choose the date again.
    </p>
  );
  return (
    <SignInFirst title="Sign in to say you're going" reason={reason}>
      {() => <Going id={id} />}
    </SignInFirst>
  );
}

function Going({ id }: { id: string }) {
  const [searchParams] = useSearchParams();
  const on = searchParams.get("on") ?? "";
  const { state, reload } = useQuery(PublicGatheringQuery, { id });
  if (state.status === "loading") return <p role="status">Loading…</p>;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  if (!state.data.gathering) {
    return (
      <Page title="Listing not found">
        <p>We couldn't find that listing. It may have been withdrawn.</p>
        <p>
          <a href="/find">Find meetings and events</a>
        </p>
      </Page>
    );
  }
  const gathering = state.data.gathering;
  if (!isLocalDate(on)) return <ChooseDate gathering={gathering} />;
  return <SayGoing gathering={gathering} on={on} />;
}

/** Reached without a date (an old or shortened link): offer the next ones. */
function ChooseDate({ gathering }: { gathering: Gathering }) {
  const dates = gathering.occurrences.filter((occurrence) => occurrence.status !== "CANCELLED").slice(0, 6);
  return (
    <Page title={`Which date? ${gathering.name}`} heading="Which date are you going to?">
      <p className="lead">{gathering.name}</p>
      {dates.length === 0 ? (
        <p>There are no dates coming up.</p>
      ) : (
        <ul className="plain-list">
          {dates.map((occurrence) => (
            <li key={occurrence.originalOn}>
              <Link href={`/gatherings/${gathering.id}/going?on=${occurrence.originalOn}`}>
                {occurrence.description}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

function SayGoing({ gathering, on }: { gathering: Gathering; on: string }) {
  const [isSaved, setIsSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const occurrence = gathering.occurrences.find((candidate) => candidate.originalOn === on);
  const when = occurrence?.description ?? formatLocalDate(on);
  const isCancelled = gathering.isCancelled || occurrence?.status === "CANCELLED";

  const sayGoing = async () => {
    setProblem(null);
    setIsPending(true);
    try {
      await request(SetGoingMutation, { gatheringId: gathering.id, occurrenceOn: on, isGoing: true });
      setIsSaved(true);
    } catch (error) {
      const apiError = toApiError(error);
      setProblem(apiError.fields.occurrenceOn?.[0] ?? apiError.message);
    } finally {
      setIsPending(false);
    }
  };
  if (isSaved) {
    return (
      <Page title="You're going">
        <p className="lead">
          Lovely. We've noted you're going to {gathering.name} on {when}.
        </p>
        <p>Only you and {gathering.organisation.name}'s coordinators can see this.</p>
        <p>
          <Link href="/account/gatherings">Your gatherings</Link>, where you can change your mind.
        </p>
      </Page>
    );
  }
  return (
    <Page title={`Going to ${gathering.name}`} heading="Are you going?">
      <p className="lead">{gathering.name}</p>
      <p>
        <strong>{when}</strong>
      </p>
      {occurrence?.note && <p className="meta">Note: {occurrence.note}</p>}
      {isCancelled ? (
        <p className="warning">This date has been cancelled.</p>
      ) : (
        <>
          <p>
            Saying you're going helps the organisers plan. Only you and {gathering.organisation.name}'s coordinators can
            see it, and you can change your mind at any time.
          </p>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <button type="button" className="button" disabled={isPending} onClick={sayGoing}>
            {isPending ? "Saving…" : "I'm going"}
          </button>
        </>
      )}
      <p>
        <a href={`/gatherings/${gathering.id}`}>Back to {gathering.name}</a>
      </p>
    </Page>
  );
}
