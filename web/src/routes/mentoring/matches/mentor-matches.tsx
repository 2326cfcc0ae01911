// A mentor's side of their mentoring page: people a coordinator has asked them
// to mentor (to say yes or no to), and the people they mentor now.
import { Link } from "wouter";
import { RespondToMatchMutation } from "../../../graphql/mentoring";
import { request } from "../../../lib/graphql-client";
import { formatLocalDate } from "../../directory/dates";
import { type DetailRow, DetailsList } from "../details-list";
import { ActionProblem, useAction } from "../use-action";
import {
  genderPreferenceLabels,
  labelsOf,
  languageLabel,
  listOf,
  matchStatusLabels,
  meetingWayLabels,
  needLabels,
  pathwayLabels,
} from "../vocabulary";
import { availabilityText } from "../weekly-availability";
import { MatchChanges } from "./match-changes";
import { MatchReasons } from "./mentor-card";
import type { OnDone } from "./my-requests";
import type { Match } from "./request-progress";

/** What the person asked for, as much as the mentor needs to decide. */
function RequestSummary({ match }: { match: Match }) {
  const asked = match.request;
  if (!asked) return null;
  const rows: DetailRow[] = [
    ["Would like help with", labelsOf(asked.needs, needLabels) || null],
    [
      "Would like a mentor who is",
      asked.genderPreference === "NO_PREFERENCE" ? null : genderPreferenceLabels[asked.genderPreference].toLowerCase(),
    ],
    ["Speaks", listOf(asked.languages.map(languageLabel)) || null],
    ["Their way of recovering", asked.pathway ? pathwayLabels[asked.pathway] : null],
    ["Would like to keep in touch by", labelsOf(asked.meetingWays, meetingWayLabels) || null],
    ["Usually free", availabilityText(asked.availability)],
    ["Lives in or near", asked.area],
  ];
  return <DetailsList rows={rows} />;
}

export function ProposalCard({ match, onDone }: { match: Match; onDone: OnDone }) {
  const { run, isPending, problem } = useAction();
  const name = match.menteeName;
  const respond = async (accept: boolean) => {
    const message = accept
      ? `Thank you for saying yes. Get in touch with ${name} to arrange your first meeting.`
      : `Thank you for letting us know. A coordinator will find someone else for ${name}.`;
    if (await run(() => request(RespondToMatchMutation, { matchId: match.id, accept }))) onDone(message);
  };
  const headingId = `proposal-${match.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>Would you mentor {name}?</h3>
      <RequestSummary match={match} />
      <MatchReasons reasons={match.reasons} heading="Why the coordinator thought of you" />
      <p className="hint">
        It's fine to say no, for any reason: if you know them, if you have too much on, or if it doesn't feel right.
      </p>
      <ActionProblem problem={problem} />
      <div className="actions">
        <button type="button" className="button" onClick={() => respond(true)} disabled={isPending}>
          Yes, I'll mentor {name}
        </button>
        <button type="button" className="button-secondary" onClick={() => respond(false)} disabled={isPending}>
          Not this time<span className="visually-hidden">, for {name}</span>
        </button>
      </div>
    </section>
  );
}

export function MenteeCard({ match, onDone }: { match: Match; onDone: OnDone }) {
  const headingId = `mentee-${match.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{match.menteeName}</h3>
      <p className="meta">
        {matchStatusLabels[match.status]}
        {match.startedOn && ` · since ${formatLocalDate(match.startedOn)}`}
      </p>
      {match.plannedEndOn && <p>Planned to finish on {formatLocalDate(match.plannedEndOn)}.</p>}
      <p>
        <Link href={`/mentoring/matches/${match.id}/sessions`}>Support sessions with {match.menteeName}</Link>
      </p>
      <p>
        <Link href={`/journey/people/${match.menteeId}`}>
          Their journey (if they share it)<span className="visually-hidden">: {match.menteeName}</span>
        </Link>
      </p>
      <MatchChanges match={match} onDone={onDone} />
    </section>
  );
}
