// Beside a shortlist: recording that the person must never be matched with
// someone (they know each other, or one doesn't want to meet the other). The
// members and the people already kept apart are loaded only when asked for,
// because every read of them is recorded against each person on the list.
import { useState } from "react";
import { ErrorSummary } from "../../../components/error-summary";
import type { ResultOf } from "../../../graphql/graphql";
import { MembersForRolesQuery } from "../../../graphql/mentoring";
import { RecordExclusionMutation, RequestExclusionsQuery } from "../../../graphql/mentoring-coordination";
import { ApiError, request } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { formatLondonDay } from "../../directory/dates";
import { ChoiceGroup, firstChoiceId } from "../../directory/form-fields";
import { roleLabel } from "../../home/role-features";
import { chosenOf } from "../form-values";
import { ActionProblem, useAction } from "../use-action";
import { choicesOf } from "../vocabulary";

type Members = NonNullable<NonNullable<ResultOf<typeof MembersForRolesQuery>["organisation"]>["members"]>;
type Exclusions = ResultOf<typeof RequestExclusionsQuery>["requestExclusions"];
type Reason = Exclusions["exclusions"][number]["reason"];

const exclusionReasonLabels: Record<Reason, string> = {
  KNOWS: "they know each other",
  BLOCKED: "one of them doesn't want to be matched with the other",
};

interface ExclusionFormProps {
  organisation: { id: string; slug: string };
  requestId: string;
  name: string;
  /** Called once an exclusion is saved, so the shortlist can load again without that mentor. */
  onRecorded: () => void;
}

export function ExclusionForm({ organisation, requestId, name, onRecorded }: ExclusionFormProps) {
  const [loaded, setLoaded] = useState<{ members: Members; exclusions: Exclusions } | null>(null);
  const [message, setMessage] = useState("");
  const { run, isPending, problem } = useAction();
  const load = () =>
    run(async () => {
      const [members, exclusions] = await Promise.all([
        request(MembersForRolesQuery, { slug: organisation.slug }),
        request(RequestExclusionsQuery, { requestId }),
      ]);
      setLoaded({ members: members.organisation?.members ?? [], exclusions: exclusions.requestExclusions });
    });
  const onSaved = async (words: string) => {
    setMessage(words);
    onRecorded();
    // The exclusion is saved and said so; if the list fails to load again, it is only out of date.
    const again = await request(RequestExclusionsQuery, { requestId }).catch(() => null);
    if (again) setLoaded((now) => now && { ...now, exclusions: again.requestExclusions });
  };
  return (
    <section aria-labelledby="keep-apart">
      <h2 id="keep-apart">Keep {name} apart from someone</h2>
      <p>
        If {name} knows a mentor (a former partner, say, or someone they used with), or doesn't want to meet them,
        record it here. They will never be suggested to each other again, and any offer between them is set aside.
      </p>
      <p className={message ? "notice" : "visually-hidden"} role="status">
        {message}
      </p>
      <ActionProblem problem={problem} />
      {loaded === null ? (
        <button type="button" className="button-secondary" onClick={load} disabled={isPending}>
          Keep {name} apart from…
        </button>
      ) : (
        <>
          <KeptApart name={name} exclusions={loaded.exclusions} />
          <KeepApartForm
            key={loaded.exclusions.exclusions.length}
            organisationId={organisation.id}
            name={name}
            members={loaded.members}
            exclusions={loaded.exclusions}
            onSaved={onSaved}
          />
        </>
      )}
    </section>
  );
}

function KeptApart({ name, exclusions }: { name: string; exclusions: Exclusions }) {
  if (exclusions.exclusions.length === 0) return <p>{name} is not kept apart from anyone yet.</p>;
  return (
    <>
      <h3>Already kept apart from {name}</h3>
      <ul className="plain-list">
        {exclusions.exclusions.map((exclusion) => (
          <li key={exclusion.id}>
            <strong>{exclusion.otherPersonName}</strong>: {exclusionReasonLabels[exclusion.reason]}{" "}
            <span className="meta">(recorded {formatLondonDay(exclusion.recordedAt)})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

interface KeepApartFormProps {
  organisationId: string;
  name: string;
  members: Members;
  exclusions: Exclusions;
  onSaved: (message: string) => void;
}

const isMentor = (role: Members[number]["role"]) => role === "PEER_MENTOR" || role === "RECOVERY_CHAMPION";

function KeepApartForm({ organisationId, name, members, exclusions, onSaved }: KeepApartFormProps) {
  const apart = new Set([exclusions.personId, ...exclusions.exclusions.map((x) => x.otherPersonId)]);
  const choosable = members
    .filter((member) => !apart.has(member.person.id))
    .sort((a, b) => a.person.displayName.localeCompare(b.person.displayName));
  const fieldIds = { excludedPersonId: "excludedPersonId", reason: firstChoiceId("reason", "KNOWS") };
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    const excludedPersonId = textOf(data, "excludedPersonId");
    const reason = chosenOf(data, "reason", exclusionReasonLabels);
    if (!excludedPersonId || !reason) {
      throw new ApiError("VALIDATION", "Please check what you entered.", {
        ...(excludedPersonId ? {} : { excludedPersonId: ["Choose who to keep them apart from."] }),
        ...(reason ? {} : { reason: ["Choose why they must be kept apart."] }),
      });
    }
    await request(RecordExclusionMutation, { organisationId, personId: exclusions.personId, excludedPersonId, reason });
    const other = members.find((member) => member.person.id === excludedPersonId)?.person.displayName ?? "They";
    onSaved(`${other} and ${name} will never be suggested to each other.`);
  });
  const option = (member: Members[number]) => (
    <option key={member.id} value={member.person.id}>
      {member.person.displayName} ({roleLabel[member.role].toLowerCase()})
    </option>
  );
  const mentors = choosable.filter((member) => isMentor(member.role));
  const others = choosable.filter((member) => !isMentor(member.role));
  const personError = problems.byField.excludedPersonId;
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems.summary} />
      <div className={personError ? "field field-with-error" : "field"}>
        <label htmlFor="excludedPersonId">Keep {name} apart from</label>
        {personError && (
          <p className="field-error" id="excludedPersonId-error">
            <span className="visually-hidden">Error: </span>
            {personError}
          </p>
        )}
        <select
          id="excludedPersonId"
          name="excludedPersonId"
          defaultValue=""
          aria-invalid={personError ? true : undefined}
          aria-describedby={personError ? "excludedPersonId-error" : undefined}
        >
          <option value="">Choose a person</option>
          {mentors.length > 0 && <optgroup label="Mentors">{mentors.map(option)}</optgroup>}
          {others.length > 0 && <optgroup label="Everyone else">{others.map(option)}</optgroup>}
        </select>
      </div>
      <ChoiceGroup
        name="reason"
        type="radio"
        legend="Why?"
        choices={choicesOf({
          KNOWS: "They know each other, for example a former partner or someone they used with",
          BLOCKED: "One of them doesn't want to be matched with the other",
        })}
        error={problems.byField[fieldIds.reason]}
      />
      <button type="submit" className="button-secondary" disabled={isPending}>
        Keep them apart
      </button>
    </form>
  );
}
