// The person's own requests for a mentor on their mentoring page: where each
// has got to, and when a coordinator has offered mentors, the choice itself.
import { Link } from "wouter";
import { BlockMentorMutation, ChooseMentorMutation, WithdrawMentorRequestMutation } from "../../../graphql/mentoring";
import { request } from "../../../lib/graphql-client";
import { formatLocalDate, formatLondonDay } from "../../directory/dates";
import { YourNextCatchUp } from "../sessions/your-next-catch-up";
import { ActionProblem, useAction } from "../use-action";
import { labelsOf, needLabels } from "../vocabulary";
import { MatchReasons, MentorDetails } from "./mentor-card";
import { type Match, type MyRequest, progressOf } from "./request-progress";

/** Called after a change, with what to tell the person; the page then reloads. */
export type OnDone = (message: string) => void;

export function RequestCard({ mentorRequest, onDone }: { mentorRequest: MyRequest; onDone: OnDone }) {
  const progress = progressOf(mentorRequest);
  const headingId = `request-${mentorRequest.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{progress.heading}</h3>
      <p className="meta">
        {mentorRequest.isOnBehalf ? "Asked for you" : "You asked"} on {formatLondonDay(mentorRequest.createdAt)}
        {mentorRequest.needs.length > 0 && `, for help with ${labelsOf(mentorRequest.needs, needLabels).toLowerCase()}`}
        .
      </p>
      {progress.step === "waiting" && (
        <p>
          A coordinator is looking for the right person for you. We'll let you know when there's someone to choose. It
          can take a few weeks.
        </p>
      )}
      {progress.step === "choosing" && (
        <>
          <p>
            A coordinator thinks any of these mentors could be right for you. Have a read and choose the one you'd like.
            We'll then ask them, and they'll say yes or no.
          </p>
          {progress.offers.map((offer) => (
            <MentorChoice key={offer.id} offer={offer} onDone={onDone} />
          ))}
        </>
      )}
      {progress.step === "asking-mentor" && (
        <p>We've asked {progress.match.mentorName}. We'll let you know as soon as they answer.</p>
      )}
      {progress.step === "matched" && <MatchedWith match={progress.match} />}
      {(progress.step === "waiting" || progress.step === "choosing") && (
        <WithdrawRequest id={mentorRequest.id} onDone={onDone} />
      )}
    </section>
  );
}

function MatchedWith({ match }: { match: Match }) {
  return (
    <>
      {match.status === "ACCEPTED" && (
        <p>{match.mentorName} said yes. They'll be in touch to arrange a first meeting.</p>
      )}
      {match.status === "PAUSED" && <p>Your meetings are paused for now.</p>}
      {(match.status === "ACCEPTED" || match.status === "ACTIVE") && <YourNextCatchUp matchId={match.id} />}
      {match.plannedEndOn && <p>You plan to finish on {formatLocalDate(match.plannedEndOn)}.</p>}
      <p>
        <Link href={`/mentoring/matches/${match.id}/sessions`}>Your meetings with {match.mentorName}</Link>
      </p>
    </>
  );
}

function MentorChoice({ offer, onDone }: { offer: Match; onDone: OnDone }) {
  const { run, isPending, problem } = useAction();
  const { mentor, mentorName: name } = offer;
  // A mentor who has left Kinship can't be chosen; the others still can.
  if (!mentor) return null;
  const choose = async () => {
    if (await run(() => request(ChooseMentorMutation, { matchId: offer.id }))) {
      onDone(`You chose ${name}. We've asked them, and we'll let you know when they answer.`);
    }
  };
  const block = async () => {
    if (await run(() => request(BlockMentorMutation, { mentorProfileId: mentor.id }))) {
      onDone(`We won't suggest ${name} to you again.`);
    }
  };
  const headingId = `offer-${offer.id}`;
  return (
    <article className="mentor-choice" aria-labelledby={headingId}>
      <h4 id={headingId}>{name}</h4>
      <MentorDetails mentor={mentor} />
      <MatchReasons reasons={offer.reasons} heading="Why you might get on" />
      <ActionProblem problem={problem} />
      <div className="actions">
        <button type="button" className="button" onClick={choose} disabled={isPending}>
          Choose {name}
        </button>
      </div>
      <details className="details">
        <summary>I don't want to be matched with this person</summary>
        <p>That's fine, and you don't need to say why. We won't suggest {name} to you again, and we won't tell them.</p>
        <button type="button" className="button-secondary" onClick={block} disabled={isPending}>
          Don't match me with {name}
        </button>
      </details>
    </article>
  );
}

function WithdrawRequest({ id, onDone }: { id: string; onDone: OnDone }) {
  const { run, isPending, problem } = useAction();
  const withdraw = async () => {
    if (await run(() => request(WithdrawMentorRequestMutation, { id }))) {
      onDone("We've stopped looking for a mentor for you. You can ask again whenever you like.");
    }
  };
  return (
    <details className="details">
      <summary>I don't need a mentor any more</summary>
      <p>We'll stop looking. You can ask again at any time.</p>
      <ActionProblem problem={problem} />
      <button type="button" className="button-secondary" onClick={withdraw} disabled={isPending}>
        Stop looking for a mentor
      </button>
    </details>
  );
}
