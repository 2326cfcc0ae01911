// /organisations/:slug/journey/check-ins: which check-in the organisation's people
// are offered and how often. Admins choose it and load licensed instruments;
// coordinators see the same, read-only.
import { useState } from "react";
import { Link } from "wouter";
import { Page } from "../../../components/page";
import { RefusalPage, type RefusalWords } from "../../../components/refusal-page";
import { OrganisationInstrumentsQuery } from "../../../graphql/journey-check-ins";
import { useQuery } from "../../../lib/use-query";
import { useSignedInViewer } from "../../../lib/viewer";
import { type Organisation, WithOrganisation } from "../../directory/organiser-gate";
import { longDay } from "./check-in-words";
import { InstrumentList } from "./instrument-list";
import { JourneySettingsForm } from "./journey-settings-form";
import { LoadInstrumentForm } from "./load-instrument-form";

const refusal: RefusalWords = {
  whySecondFactor:
    "The check-in settings sit beside people's private records, so we ask for a code from your authenticator app first.",
  forbiddenTitle: "Only coordinators can see this",
  forbidden: "Only coordinators and administrators of this organisation can see its check-in settings.",
};

export function CheckInSettingsPage({ slug }: { slug: string }) {
  return (
    <WithOrganisation slug={slug}>{(organisation) => <CheckInSettings organisation={organisation} />}</WithOrganisation>
  );
}

function CheckInSettings({ organisation }: { organisation: Organisation }) {
  const viewer = useSignedInViewer();
  const isAdmin = (viewer?.memberships ?? []).some(
    (membership) => membership.organisation.slug === organisation.slug && membership.role === "ADMIN",
  );
  const { state, reload } = useQuery(OrganisationInstrumentsQuery, { organisationId: organisation.id });
  // Remounts the settings form after a load or a retirement, so its choices are the ones now open.
  const [changes, setChanges] = useState(0);
  if (state.status === "loading") return <p role="status">Loading the check-in settings…</p>;
  if (state.status === "failed") {
    return <RefusalPage error={state.error} onRetry={reload} what="the check-in settings" words={refusal} />;
  }
  const { recoveryInstruments: instruments, journeySettings: settings } = state.data;
  const changed = () => {
    reload();
    setChanges((count) => count + 1);
  };
  return (
    <Page title={`${organisation.name}: check-ins`} heading="Recovery check-ins">
      <p>
        Your members are offered <strong>{settings.instrument.name}</strong> (version {settings.instrument.version}),
        with a check-in suggested every {settings.checkInEveryWeeks} weeks.{" "}
        {settings.isDefault
          ? "This is the built-in check-in: nothing has been chosen yet."
          : settings.updatedAt && `Chosen on ${longDay(settings.updatedAt.slice(0, 10))}.`}
      </p>
      {isAdmin ? (
        <JourneySettingsForm
          key={changes}
          organisationId={organisation.id}
          instruments={instruments.filter((instrument) => !instrument.retiredAt)}
          current={{ instrumentId: settings.instrument.id, checkInEveryWeeks: settings.checkInEveryWeeks }}
          onSaved={reload}
        />
      ) : (
        <p className="callout">
          Only administrators of {organisation.name} can change the check-in or load an instrument. If something should
          change, ask one of them.
        </p>
      )}
      <InstrumentList
        instruments={instruments}
        offeredId={settings.instrument.id}
        canRetire={isAdmin}
        onRetired={changed}
      />
      {isAdmin && <LoadInstrumentForm organisationId={organisation.id} onLoaded={changed} />}
      <p>
        <Link href="/home">Your home page</Link>
      </p>
    </Page>
  );
}
