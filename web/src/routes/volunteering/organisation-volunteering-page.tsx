// /organisations/:slug/volunteering: for coordinators, the hours waiting to be
// checked (approve or decline several at once) and the organisation's totals.
import { useState } from "react";
import { Link } from "wouter";
import { Page } from "../../components/page";
import { OrganisationHoursQuery } from "../../graphql/volunteering";
import { useQuery } from "../../lib/use-query";
import { type Organisation, WithOrganisation } from "../directory/organiser-gate";
import { HoursQueue } from "./hours-queue";
import { HoursTotalsSection } from "./hours-totals-section";
import { StaffProblem } from "./staff-problem";

export function OrganisationVolunteeringPage({ slug }: { slug: string }) {
  return (
    <WithOrganisation slug={slug}>
      {(organisation) => <OrganisationVolunteering organisation={organisation} />}
    </WithOrganisation>
  );
}

function OrganisationVolunteering({ organisation }: { organisation: Organisation }) {
  const { state, reload } = useQuery(OrganisationHoursQuery, { organisationId: organisation.id, status: "PENDING" });
  // Totals reload after each decision, so approved hours show straight away.
  const [decisions, setDecisions] = useState(0);
  if (state.status === "loading") return <p role="status">Loading volunteering hours…</p>;
  if (state.status === "failed") return <StaffProblem error={state.error} onRetry={reload} />;
  return (
    <Page title={`${organisation.name}: volunteering hours`} heading={`Volunteering hours for ${organisation.name}`}>
      <HoursQueue
        entries={state.data.organisationHours}
        onDecided={() => {
          reload();
          setDecisions((count) => count + 1);
        }}
      />
      <HoursTotalsSection key={decisions} organisationId={organisation.id} />
      <p>
        <Link href="/home">Your home page</Link>
      </p>
    </Page>
  );
}
