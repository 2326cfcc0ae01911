// /organisations/:slug/mentoring/ask-for-someone: a keyworker asks for a mentor
// for one of the organisation's members, with the same questions the person
// would answer at /mentoring/ask, once the person has agreed to having a mentor.
import { useState } from "react";
import { Link } from "wouter";
import { ErrorSummary } from "../../../components/error-summary";
import { Page } from "../../../components/page";
import type { ResultOf } from "../../../graphql/graphql";
import { MembersForRolesQuery } from "../../../graphql/mentoring";
import { AskForMentorOnBehalfMutation } from "../../../graphql/mentoring-coordination";
import { ApiError, type FieldErrors, request } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { useQuery } from "../../../lib/use-query";
import { useSignedInViewer } from "../../../lib/viewer";
import { SelectField } from "../../directory/form-fields";
import { roleLabel } from "../../home/role-features";
import { MentoringStaffLinks, type Organisation, StaffProblem, WithOrganisation } from "../staff-pages";
import { RequestPreferenceFields, requestFieldIds, requestInputFrom } from "./request-preference-fields";

type Member = NonNullable<NonNullable<ResultOf<typeof MembersForRolesQuery>["organisation"]>["members"]>[number];

export function AskOnBehalfPage({ slug }: { slug: string }) {
  return (
    <WithOrganisation slug={slug}>{(organisation) => <AskForSomeone organisation={organisation} />}</WithOrganisation>
  );
}

function AskForSomeone({ organisation }: { organisation: Organisation }) {
  const viewer = useSignedInViewer();
  const { state, reload } = useQuery(MembersForRolesQuery, { slug: organisation.slug });
  const [asked, setAsked] = useState<{ name: string; count: number } | null>(null);
  if (state.status === "loading") return <p role="status">Loading the members…</p>;
  if (state.status === "failed") return <StaffProblem error={state.error} onRetry={reload} what="the members" />;
  const members = (state.data.organisation?.members ?? [])
    .filter((member) => member.person.id !== viewer?.id)
    .sort((a, b) => a.person.displayName.localeCompare(b.person.displayName));
  const hub = `/organisations/${organisation.slug}/mentoring`;
  return (
    <Page title={`${organisation.name}: ask for a mentor for someone`} heading="Ask for a mentor for someone">
      <MentoringStaffLinks slug={organisation.slug} />
      <p className={asked ? "notice" : "visually-hidden"} role="status">
        {asked && `${asked.name} is on the waiting list, marked as asked for by a keyworker.`}
      </p>
      {asked && (
        <p>
          <Link href={hub}>See the waiting list</Link>
        </p>
      )}
      <p>
        For someone who would find it hard to ask themselves. Ask them first: a mentor is only for people who want one.
        Answer the questions as they would, in their words; they can see and withdraw the request from their own
        mentoring page.
      </p>
      {/* A fresh form after each request, so nothing of one person's answers is left for the next. */}
      <AskForm
        key={asked?.count ?? 0}
        organisationId={organisation.id}
        members={members}
        onAsked={(name) => setAsked({ name, count: (asked?.count ?? 0) + 1 })}
      />
      <p>
        <Link href={hub}>Back to the waiting list</Link>
      </p>
    </Page>
  );
}

interface AskFormProps {
  organisationId: string;
  members: Member[];
  onAsked: (name: string) => void;
}

function AskForm({ organisationId, members, onAsked }: AskFormProps) {
  const [personId, setPersonId] = useState("");
  const chosen = members.find((member) => member.person.id === personId);
  const name = chosen?.person.displayName ?? "the person";
  const fieldIds = { personId: "personId", hasPersonAgreed: "hasPersonAgreed", ...requestFieldIds };
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    const hasPersonAgreed = data.get("hasPersonAgreed") === "yes";
    const missing: FieldErrors = {};
    if (!chosen) missing.personId = ["Choose who you're asking for."];
    if (!hasPersonAgreed) missing.hasPersonAgreed = [`Ask ${name} first: they must agree to having a mentor.`];
    if (!chosen || !hasPersonAgreed) throw new ApiError("VALIDATION", "Please check what you entered.", missing);
    const input = requestInputFrom(data);
    await request(AskForMentorOnBehalfMutation, {
      organisationId,
      personId: textOf(data, "personId"),
      input,
      hasPersonAgreed,
    });
    onAsked(chosen.person.displayName);
  });
  if (members.length === 0) {
    return <p>There is nobody else in the organisation yet to ask for.</p>;
  }
  const agreedError = problems.byField.hasPersonAgreed;
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems.summary} />
      <SelectField
        id="personId"
        label="Who are you asking for?"
        options={[
          ["", "Choose a person"],
          ...members.map((member): [string, string] => [
            member.person.id,
            `${member.person.displayName} (${roleLabel[member.role].toLowerCase()})`,
          ]),
        ]}
        value={personId}
        onChange={(event) => setPersonId(event.currentTarget.value)}
        error={problems.byField.personId}
      />
      <div className={agreedError ? "choice field-with-error" : "choice"}>
        <input
          type="checkbox"
          id="hasPersonAgreed"
          name="hasPersonAgreed"
          value="yes"
          aria-invalid={agreedError ? true : undefined}
          aria-describedby={agreedError ? "hasPersonAgreed-error" : undefined}
        />
        <label htmlFor="hasPersonAgreed">I have asked {name} and they agree to having a mentor</label>
      </div>
      {agreedError && (
        <p className="field-error" id="hasPersonAgreed-error">
          <span className="visually-hidden">Error: </span>
          {agreedError}
        </p>
      )}
      <h2>What {name} would like</h2>
      <RequestPreferenceFields errors={problems.byField} />
      <div className="actions">
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? "Sending…" : `Ask for a mentor for ${name}`}
        </button>
      </div>
    </form>
  );
}
