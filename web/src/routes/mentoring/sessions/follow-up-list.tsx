// A session's follow-ups. The mentor ticks each off when it's done (there is no
// unticking: the time it was done is kept); everyone else sees where each stands.
import { useState } from "react";
import type { ResultOf } from "../../../graphql/graphql";
import { CompleteFollowUpMutation, type FollowUpFields } from "../../../graphql/mentoring-sessions";
import { request } from "../../../lib/graphql-client";
import { formatLocalDate, formatLondonDay } from "../../directory/dates";
import { ActionProblem, useAction } from "../use-action";

type FollowUp = ResultOf<typeof FollowUpFields>;

function FollowUpState({ followUp }: { followUp: FollowUp }) {
  if (followUp.doneAt) return <span className="meta"> Done on {formatLondonDay(followUp.doneAt)}.</span>;
  if (followUp.isOverdue)
    return <strong className="overdue"> Overdue: it was due by {formatLocalDate(followUp.dueOn)}.</strong>;
  return <span className="meta"> Due by {formatLocalDate(followUp.dueOn)}.</span>;
}

const describe = (followUp: FollowUp) => followUp.description ?? "A follow-up that can no longer be read";

function TickOff({ followUp }: { followUp: FollowUp }) {
  const [current, setCurrent] = useState(followUp);
  const { run, isPending, problem } = useAction();
  const id = `follow-up-${current.id}`;
  const tick = () =>
    run(async () => setCurrent((await request(CompleteFollowUpMutation, { id: current.id })).completeFollowUp));
  return (
    <li>
      <div className="choice">
        <input
          type="checkbox"
          id={id}
          // Ticked at once while the change is sent, so the box answers the tap on a slow connection.
          checked={current.doneAt !== null || isPending}
          disabled={current.doneAt !== null || isPending}
          onChange={tick}
        />
        <label htmlFor={id}>
          {describe(current)}
          <FollowUpState followUp={current} />
        </label>
      </div>
      <ActionProblem problem={problem} />
    </li>
  );
}

export function FollowUpList({ followUps, canTickOff }: { followUps: FollowUp[]; canTickOff: boolean }) {
  if (followUps.length === 0) return null;
  return (
    <>
      <h4>Follow-ups</h4>
      <ul className="follow-up-list">
        {followUps.map((followUp) =>
          canTickOff ? (
            <TickOff key={followUp.id} followUp={followUp} />
          ) : (
            <li key={followUp.id}>
              {describe(followUp)}
              <FollowUpState followUp={followUp} />
            </li>
          ),
        )}
      </ul>
    </>
  );
}
