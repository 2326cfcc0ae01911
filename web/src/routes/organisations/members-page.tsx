// /organisations/:slug/members: who belongs to an organisation, for its
// coordinators and admins. The first staff page, so the first behind the
// second factor: the API refuses until this visit is confirmed.
import { Link } from "wouter";
import { Page } from "../../components/page";
import { OrganisationMembersQuery } from "../../graphql/organisations";
import { useQuery } from "../../lib/use-query";
import { roleLabel } from "../home/role-features";

export function MembersPage({ slug }: { slug: string }) {
  const { state, reload } = useQuery(OrganisationMembersQuery, { slug });
  if (state.status === "loading") return <p role="status">Loading members…</p>;
  if (state.status === "failed") {
    if (state.error.code === "SECOND_FACTOR_REQUIRED") {
      return (
        <Page title="Confirm it's you first">
          <p>Members' details are private, so we ask for a code from your authenticator app before showing them.</p>
          <p>
            <Link href="/second-factor" className="button">
              Confirm it's you
            </Link>
          </p>
        </Page>
      );
    }
    return (
      <Page title="We couldn't show the members">
        <p role="alert">{state.error.message}</p>
        <button type="button" className="button-secondary" onClick={reload}>
          Try again
        </button>
      </Page>
    );
  }
  const { organisation } = state.data;
  if (!organisation?.members) {
    return (
      <Page title="Organisation not found">
        <p>We couldn't find that organisation, or you don't help run it.</p>
        <p>
          <Link href="/home">Go to your home page</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={`Members of ${organisation.name}`}>
      <p className="hint">
        Each time you open this page it is recorded, and members can see that you looked. Only open it when you need to.
      </p>
      <ul className="member-list">
        {organisation.members.map((member) => (
          <li key={member.id}>
            <span className="member-name">{member.person.displayName}</span>
            <span className="meta"> · {roleLabel[member.role]}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/home">Back to your home page</Link>
      </p>
    </Page>
  );
}
