// /organisations/:slug/mentoring/concerns: safeguarding concerns mentors have
// raised that nobody has acknowledged yet, oldest first, for coordinators.
import { Page } from "../../../components/page";
import { OpenConcernsQuery } from "../../../graphql/mentoring-sessions";
import { useQuery } from "../../../lib/use-query";
import { MentoringStaffLinks, type Organisation, StaffProblem, WithOrganisation } from "../staff-pages";
import { ConcernCard } from "./concern-card";

export function ConcernsPage({ slug }: { slug: string }) {
  return <WithOrganisation slug={slug}>{(organisation) => <Concerns organisation={organisation} />}</WithOrganisation>;
}

function Concerns({ organisation }: { organisation: Organisation }) {
  const { state, reload } = useQuery(OpenConcernsQuery, { organisationId: organisation.id });
  if (state.status === "loading") return <p role="status">Loading concerns…</p>;
  if (state.status === "failed") return <StaffProblem error={state.error} onRetry={reload} what="the concerns" />;
  const concerns = state.data.openConcerns;
  return (
    <Page title={`${organisation.name}: safeguarding concerns`} heading="Safeguarding concerns">
      <MentoringStaffLinks slug={organisation.slug} />
      <p>
        Concerns mentors have raised that nobody has answered yet, oldest first. Acknowledge each one with what you are
        doing about it; the mentor sees your response.
      </p>
      <p className="hint">Opening this page is recorded, and the people concerned can see that you looked.</p>
      {concerns.length === 0 ? (
        <p role="status">There are no concerns waiting for a response.</p>
      ) : (
        <ul className="listing-list">
          {concerns.map((concern) => (
            <ConcernCard key={concern.session.id} concern={concern} />
          ))}
        </ul>
      )}
    </Page>
  );
}
