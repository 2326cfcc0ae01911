// "Who's here" for coordinators: who checked in or said they were going to one
// date. Only on request, because each look is recorded in those people's history.
import { useState } from "react";
import { GatheringAttendeesQuery } from "../../graphql/directory";
import type { ResultOf } from "../../graphql/graphql";
import { request, toApiError } from "../../lib/graphql-client";
import { formatLocalDate, formatLondonTime } from "./dates";

type Attendee = ResultOf<typeof GatheringAttendeesQuery>["gatheringAttendees"][number];

export function AttendeesList({ gatheringId, occurrenceOn }: { gatheringId: string; occurrenceOn: string }) {
  const [attendees, setAttendees] = useState<Attendee[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const look = async () => {
    setProblem(null);
    setIsPending(true);
    try {
      const data = await request(GatheringAttendeesQuery, { gatheringId, occurrenceOn });
      setAttendees(data.gatheringAttendees);
    } catch (error) {
      setProblem(toApiError(error).message);
    } finally {
      setIsPending(false);
    }
  };
  const checkedIn = attendees?.filter((attendee) => attendee.status === "ATTENDED") ?? [];
  const going = attendees?.filter((attendee) => attendee.status === "GOING") ?? [];
  // Attendees carry no id (only a display name, which two people may share): the position is the key.
  const rows = [...checkedIn, ...going].map((attendee, position) => ({ attendee, key: `attendee-${position}` }));
  return (
    <section aria-labelledby="whos-here">
      <h2 id="whos-here">Who's here</h2>
      <p className="hint">
        Each time you look, it's recorded, and the people on the list can see that you looked. Only look when you need
        to, for example for a fire register.
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="button-secondary" disabled={isPending} onClick={look}>
        {attendees ? "Look again" : "Show who's here"}
      </button>
      <p role="status">
        {attendees &&
          `${formatLocalDate(occurrenceOn)}: ${checkedIn.length} checked in${going.length > 0 ? `, and ${going.length} more said they're going` : ""}.`}
      </p>
      {attendees && (
        <ul className="member-list">
          {rows.map(({ attendee, key }) => (
            <li key={key}>
              <span className="member-name">{attendee.displayName}</span>
              <span className="meta">
                {" · "}
                {attendee.checkedInAt
                  ? `checked in at ${formatLondonTime(attendee.checkedInAt)}`
                  : "said they're going"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
