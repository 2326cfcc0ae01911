// /organisations/:slug/mentoring/settings: the organisation's mentoring rules and
// match weights. Admins change them; coordinators read them, since they record
// checks against them and explain the shortlist with them.
import { useState } from "react";
import { Page } from "../../../components/page";
import { MentoringSettingsQuery } from "../../../graphql/mentoring-coordination";
import { useQuery } from "../../../lib/use-query";
import { useSignedInViewer } from "../../../lib/viewer";
import { MentoringStaffLinks, type Organisation, StaffProblem, WithOrganisation } from "../staff-pages";
import { SettingsForm } from "./settings-form";
import { SettingsSummary } from "./settings-summary";
import type { Settings } from "./settings-words";

export function MentoringSettingsPage({ slug }: { slug: string }) {
  return (
    <WithOrganisation slug={slug}>
      {(organisation) => <MentoringSettings organisation={organisation} />}
    </WithOrganisation>
  );
}

function MentoringSettings({ organisation }: { organisation: Organisation }) {
  const viewer = useSignedInViewer();
  const isAdmin = (viewer?.memberships ?? []).some(
    (membership) => membership.organisation.slug === organisation.slug && membership.role === "ADMIN",
  );
  const { state, reload } = useQuery(MentoringSettingsQuery, { organisationId: organisation.id });
  // What the last save returned; the form starts again from it so its fields show what is now in force.
  const [saved, setSaved] = useState<{ settings: Settings; count: number } | null>(null);
  if (state.status === "loading") return <p role="status">Loading the mentoring settings…</p>;
  if (state.status === "failed") {
    return <StaffProblem error={state.error} onRetry={reload} what="the mentoring settings" />;
  }
  const settings = saved?.settings ?? state.data.mentoringSettings;
  const onSaved = (next: Settings) => setSaved({ settings: next, count: (saved?.count ?? 0) + 1 });
  return (
    <Page title={`${organisation.name}: mentoring settings`} heading="Mentoring settings">
      <MentoringStaffLinks slug={organisation.slug} />
      <p>
        These rules decide who is cleared to mentor at {organisation.name}, and which mentors the shortlist suggests
        first.
      </p>
      <p className={saved ? "notice" : "visually-hidden"} role="status">
        {saved && "The mentoring settings are saved. Vetting and shortlists use them from now on."}
      </p>
      {isAdmin ? (
        <SettingsForm key={saved?.count ?? 0} organisationId={organisation.id} settings={settings} onSaved={onSaved} />
      ) : (
        <>
          <p className="callout">
            Only administrators of {organisation.name} can change these settings. If something should change, ask one of
            them.
          </p>
          <SettingsSummary settings={settings} />
        </>
      )}
    </Page>
  );
}
