// /organisations/:slug/retention: how long the organisation keeps the detail of
// closed mentoring cases. Coordinators read it (so they can tell people); admins
// change it. The hourly schedule does the clearing (docs/security.md "Retention").
import { useState } from "react";
import { Link } from "wouter";
import { ErrorSummary } from "../../components/error-summary";
import { Page } from "../../components/page";
import { RefusalPage, type RefusalWords } from "../../components/refusal-page";
import { TextField } from "../../components/text-field";
import type { ResultOf } from "../../graphql/graphql";
import { RetentionSettingsQuery, UpdateRetentionSettingsMutation } from "../../graphql/retention";
import { ApiError, request } from "../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../lib/use-form-submit";
import { useQuery } from "../../lib/use-query";
import { useSignedInViewer } from "../../lib/viewer";
import { type Organisation, WithOrganisation } from "../directory/organiser-gate";

type Settings = ResultOf<typeof RetentionSettingsQuery>["retentionSettings"];

const refusal: RefusalWords = {
  whySecondFactor:
    "Because you can see people's private information, we ask for a code from your authenticator app before showing your organisation's settings.",
  forbiddenTitle: "You can't see these settings",
  forbidden: "Only coordinators and administrators of this organisation can see how long it keeps closed cases.",
};

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export function RetentionPage({ slug }: { slug: string }) {
  return <WithOrganisation slug={slug}>{(organisation) => <Retention organisation={organisation} />}</WithOrganisation>;
}

function Retention({ organisation }: { organisation: Organisation }) {
  const viewer = useSignedInViewer();
  const isAdmin = (viewer?.memberships ?? []).some(
    (membership) => membership.organisation.slug === organisation.slug && membership.role === "ADMIN",
  );
  const { state, reload } = useQuery(RetentionSettingsQuery, { organisationId: organisation.id });
  const [saved, setSaved] = useState<Settings | null>(null);
  if (state.status === "loading") return <p role="status">Loading…</p>;
  if (state.status === "failed") {
    return <RefusalPage error={state.error} onRetry={reload} what="these settings" words={refusal} />;
  }
  const settings = saved ?? state.data.retentionSettings;
  return (
    <Page title={`${organisation.name}: keeping closed cases`} heading="How long closed cases are kept">
      <p className={saved ? "notice" : "visually-hidden"} role="status">
        {saved && `Saved. Closed cases are now kept for ${saved.closedCaseMonths} months.`}
      </p>
      <p>
        A case closes when someone's mentoring ends, or when they stop asking for a mentor. {organisation.name} keeps
        its detail for <strong>{settings.closedCaseMonths} months</strong> after that
        {settings.isDefault ? " (the usual period)" : ""}. Then Kinship clears:
      </p>
      <ul>
        <li>session notes, safeguarding concerns and the answers to them</li>
        <li>follow-ups, and the topics and services of each session</li>
        <li>the history of the match, and what the person asked for in a mentor</li>
      </ul>
      <p>
        What stays is what your reports count: when sessions and matches happened, how long they were, how they ended
        and what support was asked for. A case with a safeguarding concern nobody has answered is kept until someone
        answers it.
      </p>
      <p>
        So far {settings.clearedCases === 1 ? "1 closed case has" : `${settings.clearedCases} closed cases have`} been
        cleared. Kinship checks every hour
        {settings.lastRunAt ? `; it last checked on ${dateTime.format(new Date(settings.lastRunAt))}` : ""}.
      </p>
      {isAdmin ? (
        <RetentionForm organisationId={organisation.id} settings={settings} onSaved={setSaved} />
      ) : (
        <p className="callout">
          Only administrators of {organisation.name} can change this. If it should change, ask one of them.
        </p>
      )}
      <p>
        <Link href="/home">Back to your home page</Link>
      </p>
    </Page>
  );
}

function RetentionForm(props: { organisationId: string; settings: Settings; onSaved: (settings: Settings) => void }) {
  const { organisationId, settings, onSaved } = props;
  const fieldIds = { closedCaseMonths: "closedCaseMonths", input: "closedCaseMonths" };
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    const months = Number(textOf(data, "closedCaseMonths") || Number.NaN);
    if (!Number.isInteger(months)) {
      const message = "Enter a whole number of months, like 24.";
      throw new ApiError("VALIDATION", message, { closedCaseMonths: [message] });
    }
    const result = await request(UpdateRetentionSettingsMutation, { organisationId, closedCaseMonths: months });
    onSaved(result.updateRetentionSettings);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <h2>Change how long closed cases are kept</h2>
      <ErrorSummary problems={problems.summary} />
      <TextField
        id="closedCaseMonths"
        label="Months to keep a closed case"
        hint={`Between ${settings.minimumMonths} and ${settings.maximumMonths} months (8 years). Most services keep them for ${settings.defaultClosedCaseMonths} months. A shorter period clears older cases at the next hourly check, and cleared detail cannot be brought back.`}
        type="number"
        inputMode="numeric"
        className="input-short"
        min={settings.minimumMonths}
        max={settings.maximumMonths}
        defaultValue={settings.closedCaseMonths}
        required
        error={problems.byField.closedCaseMonths}
      />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : "Save"}
      </button>
    </form>
  );
}
