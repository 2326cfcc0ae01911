// /mentoring/profile: a mentor's own profile, for each organisation they
// volunteer with, and where their checks stand. Anyone from volunteer up can
// start one; a coordinator then records their checks before they are matched.
import { useState } from "react";
import { Link } from "wouter";
import { LoadFailed } from "../../../components/load-failed";
import { Page } from "../../../components/page";
import type { ResultOf } from "../../../graphql/graphql";
import { MyMentorProfilesQuery } from "../../../graphql/mentoring";
import { useQuery } from "../../../lib/use-query";
import { SelectField } from "../../directory/form-fields";
import { roleLabel } from "../../home/role-features";
import { VettingSummary } from "../vetting/vetting-summary";
import { type MentorProfile, ProfileForm } from "./profile-form";

type Membership = NonNullable<NonNullable<ResultOf<typeof MyMentorProfilesQuery>["me"]>["memberships"]>[number];

const mentoringRoles = new Set<Membership["role"]>([
  "VOLUNTEER",
  "PEER_MENTOR",
  "RECOVERY_CHAMPION",
  "COORDINATOR",
  "ADMIN",
]);

export function MentorProfilePage() {
  const { state, reload } = useQuery(MyMentorProfilesQuery);
  if (state.status === "loading") return <p role="status">Loading your profile…</p>;
  if (state.status === "failed") {
    return (
      <Page title="Your mentor profile">
        <LoadFailed error={state.error} onRetry={reload} />
      </Page>
    );
  }
  const memberships = (state.data.me?.memberships ?? []).filter((membership) => mentoringRoles.has(membership.role));
  if (memberships.length === 0) {
    return (
      <Page title="Your mentor profile">
        <p>
          Peer mentors volunteer with a local organisation, which trains and supports them. If you'd like to become a
          mentor, talk to a coordinator where you get support or volunteer: they can make you a volunteer on Kinship.
        </p>
        <p>
          <Link href="/mentoring">Back to your mentoring</Link>
        </p>
      </Page>
    );
  }
  return <MentorProfiles memberships={memberships} profiles={state.data.myMentorProfiles} />;
}

function MentorProfiles({ memberships, profiles }: { memberships: Membership[]; profiles: MentorProfile[] }) {
  const [organisationId, setOrganisationId] = useState(memberships[0]!.organisation.id);
  const [saved, setSaved] = useState<Record<string, MentorProfile>>({});
  const membership = memberships.find((m) => m.organisation.id === organisationId) ?? memberships[0]!;
  const profile =
    saved[organisationId] ?? profiles.find((candidate) => candidate.organisation.id === organisationId) ?? null;
  const onSaved = (updated: MentorProfile) => setSaved((all) => ({ ...all, [updated.organisation.id]: updated }));
  return (
    <Page title="Your mentor profile">
      <p>
        Coordinators use your profile to suggest you to people who'd like a mentor. They always see all of it. You
        choose what the people you mentor, and people choosing a mentor, can see.
      </p>
      {memberships.length > 1 && (
        <SelectField
          id="organisation"
          label="Organisation"
          options={memberships.map((m): [string, string] => [m.organisation.id, m.organisation.name])}
          value={organisationId}
          onChange={(event) => setOrganisationId(event.currentTarget.value)}
        />
      )}
      <p className="meta">
        {membership.organisation.name} · {roleLabel[membership.role]}
        {profile && ` · mentoring ${profile.caseload} of up to ${profile.capacity}`}
      </p>
      <section aria-labelledby="checks">
        <h2 id="checks">Your checks</h2>
        {profile?.vetting ? (
          <VettingSummary vetting={profile.vetting} />
        ) : (
          <p>
            Once your profile is saved, a coordinator records your training, DBS check, references and volunteer
            agreement here.
          </p>
        )}
      </section>
      <section aria-labelledby="profile">
        <h2 id="profile">Your profile</h2>
        <ProfileForm key={organisationId} organisationId={organisationId} profile={profile} onSaved={onSaved} />
      </section>
      <p>
        <Link href="/mentoring">Back to your mentoring</Link>
      </p>
    </Page>
  );
}
