// /organisations/:slug/mentoring/caseloads: every mentor's caseload at a glance
// for coordinators: people supported against capacity, overdue follow-ups, open
// concerns, supervision due, and sessions in the last 30 days.
import { Link } from "wouter";
import { Page } from "../../../components/page";
import type { ResultOf } from "../../../graphql/graphql";
import { MentorCaseloadsQuery } from "../../../graphql/mentoring-sessions";
import { useQuery } from "../../../lib/use-query";
import { formatLocalDate } from "../../directory/dates";
import { MentoringStaffLinks, type Organisation, StaffProblem, WithOrganisation } from "../staff-pages";

type Caseload = ResultOf<typeof MentorCaseloadsQuery>["mentorCaseloads"][number];

export function CaseloadsPage({ slug }: { slug: string }) {
  return <WithOrganisation slug={slug}>{(organisation) => <Caseloads organisation={organisation} />}</WithOrganisation>;
}

function people(caseload: Caseload) {
  const extra = [
    caseload.pausedCount ? `${caseload.pausedCount} paused` : "",
    caseload.proposedCount ? `${caseload.proposedCount} waiting for their answer` : "",
  ].filter(Boolean);
  const main = `${caseload.activeCount} of ${caseload.capacity}`;
  return extra.length ? `${main} (${extra.join(", ")})` : main;
}

function Row({ caseload, slug }: { caseload: Caseload; slug: string }) {
  const supervisionHref = `/organisations/${slug}/mentoring/mentors/${caseload.mentorProfileId}/supervision`;
  return (
    <tr>
      <th scope="row">
        {caseload.displayName}
        {caseload.isTakingBreak && <span className="meta"> (taking a break)</span>}
      </th>
      <td>{people(caseload)}</td>
      <td>{caseload.overdueFollowUps ? <strong>{caseload.overdueFollowUps} overdue</strong> : "None overdue"}</td>
      <td>
        {caseload.openConcerns ? (
          <Link href={`/organisations/${slug}/mentoring/concerns`}>
            <strong>{caseload.openConcerns} waiting</strong>
          </Link>
        ) : (
          "None"
        )}
      </td>
      <td>
        {caseload.isSupervisionOverdue ? <strong>Overdue</strong> : "Due"} by{" "}
        {formatLocalDate(caseload.supervisionDueOn)}.{" "}
        <Link href={supervisionHref}>
          Supervision<span className="visually-hidden"> of {caseload.displayName}</span>
        </Link>
      </td>
      <td>{caseload.sessionsLast30Days}</td>
    </tr>
  );
}

function Caseloads({ organisation }: { organisation: Organisation }) {
  const { state, reload } = useQuery(MentorCaseloadsQuery, { organisationId: organisation.id });
  if (state.status === "loading") return <p role="status">Loading caseloads…</p>;
  if (state.status === "failed") return <StaffProblem error={state.error} onRetry={reload} what="the caseloads" />;
  const caseloads = state.data.mentorCaseloads;
  return (
    <Page title={`${organisation.name}: mentors' caseloads`} heading="Mentors' caseloads">
      <MentoringStaffLinks slug={organisation.slug} />
      <p className="hint">Opening this page is recorded, and each mentor can see that you looked.</p>
      {caseloads.length === 0 ? (
        <p>No one has a mentor profile here yet.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
        <section className="table-scroll" aria-labelledby="caseloads-caption" tabIndex={0}>
          <table className="caseload-table">
            <caption id="caseloads-caption">Every mentor, by name</caption>
            <thead>
              <tr>
                <th scope="col">Mentor</th>
                <th scope="col">People supported, of capacity</th>
                <th scope="col">Follow-ups</th>
                <th scope="col">Concerns</th>
                <th scope="col">Supervision</th>
                <th scope="col">Sessions in 30 days</th>
              </tr>
            </thead>
            <tbody>
              {caseloads.map((caseload) => (
                <Row key={caseload.mentorProfileId} caseload={caseload} slug={organisation.slug} />
              ))}
            </tbody>
          </table>
        </section>
      )}
    </Page>
  );
}
