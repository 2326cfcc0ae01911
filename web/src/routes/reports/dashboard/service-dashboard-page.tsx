// /organisations/:slug/dashboard: for the organisation's coordinators and
// administrators, the service in numbers between two dates (activity by month,
// change in journeys, shown anonymously) and the people who have gone quiet.
import { useState } from "react";
import { Link } from "wouter";
import { LoadFailed } from "../../../components/load-failed";
import { Page } from "../../../components/page";
import { RefusalPage, type RefusalWords } from "../../../components/refusal-page";
import { ServiceDashboardQuery } from "../../../graphql/reports-dashboard";
import { useQuery } from "../../../lib/use-query";
import { todayInLondon } from "../../directory/dates";
import { type Organisation, WithOrganisation } from "../../directory/organiser-gate";
import { MentoringStaffLinks } from "../../mentoring/staff-pages";
import { ActivitySection } from "./activity-section";
import { type DateRange, lastMonths, longMonth } from "./dashboard-words";
import { DateRangeForm } from "./date-range-form";
import { GoneQuietSection } from "./gone-quiet-section";
import { JourneySection } from "./journey-section";

const dashboardRefusal: RefusalWords = {
  whySecondFactor:
    "The dashboard names people who have gone quiet, so we ask for a code from your authenticator app before showing it.",
  forbiddenTitle: "Only coordinators can see this",
  forbidden:
    "Only coordinators and administrators of this organisation can see its dashboard. If you think you should be able to, ask a coordinator.",
};

export function ServiceDashboardPage({ slug }: { slug: string }) {
  return (
    <WithOrganisation slug={slug}>
      {(organisation) => <ServiceDashboard organisation={organisation} />}
    </WithOrganisation>
  );
}

function ServiceDashboard({ organisation }: { organisation: Organisation }) {
  const today = todayInLondon();
  const [range, setRange] = useState<DateRange>(() => lastMonths(today, 12));
  const { state, reload } = useQuery(ServiceDashboardQuery, { organisationId: organisation.id, ...range });
  if (state.status === "failed" && ["SECOND_FACTOR_REQUIRED", "FORBIDDEN"].includes(state.error.code)) {
    return <RefusalPage error={state.error} onRetry={reload} what="the dashboard" words={dashboardRefusal} />;
  }
  const csv = `/reports/dashboard.csv?${new URLSearchParams({ organisationId: organisation.id, ...range })}`;
  // Old figures stay on screen while new dates load; the status line says which dates they are for.
  const shown = state.status === "ready" ? state.data.serviceDashboard : null;
  const isCurrent = shown?.from === range.from && shown?.to === range.to;
  return (
    <Page title={`${organisation.name}: dashboard`} heading={`Dashboard for ${organisation.name}`}>
      <MentoringStaffLinks slug={organisation.slug} />
      <DateRangeForm range={range} today={today} onChange={setRange} />
      <p>
        <a href={csv} className="button" download>
          Download CSV
        </a>{" "}
        <span className="hint">The figures for these dates, for a spreadsheet. No names are in the file.</span>
      </p>
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "loading" && <p role="status">Adding up the figures…</p>}
      {shown && (
        <>
          <p role="status" data-testid="dashboard-period">
            {isCurrent ? "Showing" : "Loading new dates. Still showing"} {longMonth(shown.from.slice(0, 7))} to{" "}
            {longMonth(shown.to.slice(0, 7))} ({shown.from} to {shown.to}).
          </p>
          <ActivitySection months={shown.months} />
          <JourneySection dashboard={shown} />
          <GoneQuietSection goneQuiet={shown.goneQuiet} />
        </>
      )}
      <p>
        <Link href="/home">Your home page</Link>
      </p>
    </Page>
  );
}
