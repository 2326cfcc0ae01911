// /mentoring/ask: a person asks one of their organisations for a peer mentor.
// `?organisation=<slug>` (from the home page) chooses the organisation first.
import { Link, useLocation, useSearch } from "wouter";
import { ErrorSummary } from "../../../components/error-summary";
import { LoadFailed } from "../../../components/load-failed";
import { Page } from "../../../components/page";
import type { ResultOf } from "../../../graphql/graphql";
import { AskForMentorMutation, MyOrganisationsQuery } from "../../../graphql/mentoring";
import { request } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { useQuery } from "../../../lib/use-query";
import { SelectField } from "../../directory/form-fields";
import type { MyMentoringNotice } from "../matches/my-mentoring-page";
import { RequestPreferenceFields, requestFieldIds, requestInputFrom } from "./request-preference-fields";

type Membership = NonNullable<NonNullable<ResultOf<typeof MyOrganisationsQuery>["me"]>["memberships"]>[number];

export function AskForMentorPage({ viewerName }: { viewerName: string }) {
  const { state, reload } = useQuery(MyOrganisationsQuery);
  if (state.status === "loading") return <p role="status">Loading…</p>;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const memberships = state.data.me?.memberships ?? [];
  if (memberships.length === 0) {
    return (
      <Page title="Ask for a mentor">
        <p>
          Mentors are trained and supported by a local organisation, so you ask through one you belong to. You're not
          part of an organisation on Kinship yet.
        </p>
        <p>
          Ask a recovery service or community near you to add you, or <a href="/find">find one near you</a>.
        </p>
      </Page>
    );
  }
  return <AskForMentor memberships={memberships} viewerName={viewerName} />;
}

function AskForMentor({ memberships, viewerName }: { memberships: Membership[]; viewerName: string }) {
  const [, navigate] = useLocation();
  const chosenSlug = new URLSearchParams(useSearch()).get("organisation");
  const chosen = memberships.find((m) => m.organisation.slug === chosenSlug) ?? memberships[0]!;
  const fieldIds = { organisationId: "organisationId", ...requestFieldIds };
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    const organisationId = textOf(data, "organisationId");
    await request(AskForMentorMutation, { organisationId, input: requestInputFrom(data) });
    const name = memberships.find((m) => m.organisation.id === organisationId)?.organisation.name;
    navigate("/mentoring", {
      state: {
        notice: `Thank you. ${name ?? "Your organisation"} will find you a mentor.`,
      } satisfies MyMentoringNotice,
    });
  });
  return (
    <Page title="Ask for a mentor">
      <p className="lead">
        A peer mentor is someone with their own experience of recovery, trained and supported by a local organisation.
        They can meet up, go with you to appointments or groups, and help with the things that get in the way.
      </p>
      <p>
        We'll only ask what helps find the right person. Mentors and coordinators will see you as{" "}
        <strong>{viewerName}</strong>; a nickname is fine. A coordinator suggests mentors, you choose, and the mentor
        says yes before anything starts.
      </p>
      <ErrorSummary problems={problems.summary} />
      <form onSubmit={onSubmit} noValidate>
        {memberships.length === 1 ? (
          <>
            <input type="hidden" name="organisationId" value={chosen.organisation.id} />
            <p>
              You're asking <strong>{chosen.organisation.name}</strong>.
            </p>
          </>
        ) : (
          <SelectField
            id="organisationId"
            label="Which organisation would you like to ask?"
            options={memberships.map((m): [string, string] => [m.organisation.id, m.organisation.name])}
            defaultValue={chosen.organisation.id}
            error={problems.byField.organisationId}
          />
        )}
        <RequestPreferenceFields errors={problems.byField} />
        <div className="actions">
          <button type="submit" className="button" disabled={isPending}>
            {isPending ? "Sending…" : "Ask for a mentor"}
          </button>
          <Link href="/mentoring" className="button-secondary">
            Not now
          </Link>
        </div>
      </form>
    </Page>
  );
}
