// /account/gatherings: the dates this person said they'd go to, and where they
// checked in. Only they and the organisations' coordinators can see these.
import { useRef, useState } from "react";
import { Link } from "wouter";
import { LoadFailed } from "../../components/load-failed";
import { Page } from "../../components/page";
import { MyAttendanceQuery, SetGoingMutation } from "../../graphql/directory";
import type { ResultOf } from "../../graphql/graphql";
import { request, toApiError } from "../../lib/graphql-client";
import { useQuery } from "../../lib/use-query";
import { formatLocalDate, formatLondonTime, todayInLondon } from "./dates";

type Attendance = ResultOf<typeof MyAttendanceQuery>["myAttendance"][number];
const keyOf = (attendance: Attendance) => `${attendance.gathering.id}:${attendance.occurrenceOn}`;

export function MyGatheringsPage() {
  const { state, reload } = useQuery(MyAttendanceQuery);
  const [removed, setRemoved] = useState<string[]>([]);
  const [message, setMessage] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const today = todayInLondon();

  const notGoing = async (attendance: Attendance) => {
    setProblem(null);
    try {
      const { gathering, occurrenceOn } = attendance;
      await request(SetGoingMutation, { gatheringId: gathering.id, occurrenceOn, isGoing: false });
      setRemoved((all) => [...all, keyOf(attendance)]);
      setMessage(`Done. You're no longer down as going to ${gathering.name} on ${formatLocalDate(occurrenceOn)}.`);
      // Its button has gone with it; keep focus nearby rather than lost at the top.
      requestAnimationFrame(() => messageRef.current?.focus());
    } catch (error) {
      setProblem(toApiError(error).message);
    }
  };

  return (
    <Page title="Your gatherings">
      <p>The meetings and events you said you're going to, and the ones you checked in at.</p>
      <p className="hint">Only you and the organisation's coordinators can see these.</p>
      <p ref={messageRef} tabIndex={-1} className={message ? "notice" : "visually-hidden"} role="status">
        {message}
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {state.status === "loading" && <p role="status">Loading…</p>}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <AttendanceList
          list={state.data.myAttendance.filter((attendance) => !removed.includes(keyOf(attendance)))}
          today={today}
          onNotGoing={notGoing}
        />
      )}
      <p>
        <a href="/find">Find meetings and events</a>
      </p>
      <p>
        <Link href="/account">Back to your account</Link>
      </p>
    </Page>
  );
}

interface AttendanceListProps {
  list: Attendance[];
  today: string;
  onNotGoing: (attendance: Attendance) => void;
}

function AttendanceList({ list, today, onNotGoing }: AttendanceListProps) {
  if (list.length === 0) {
    return <p>Nothing yet. When you say you're going to something, or check in at one, it will show here.</p>;
  }
  return (
    <ul className="listing-list">
      {list.map((attendance) => {
        const { gathering, occurrenceOn } = attendance;
        const date = formatLocalDate(occurrenceOn);
        return (
          <li key={keyOf(attendance)} className="card">
            <h2>
              <a href={`/gatherings/${gathering.id}`}>{gathering.name}</a>
            </h2>
            <p className="meta">
              {date} · {gathering.organisation.name}
            </p>
            <p>
              {attendance.status === "ATTENDED"
                ? `You checked in${attendance.checkedInAt ? ` at ${formatLondonTime(attendance.checkedInAt)}` : ""}.`
                : occurrenceOn >= today
                  ? "You're going."
                  : "You said you were going."}
            </p>
            {attendance.status === "GOING" && occurrenceOn >= today && (
              <button type="button" className="button-secondary" onClick={() => onNotGoing(attendance)}>
                Not going any more
                <span className="visually-hidden">
                  {" "}
                  to {gathering.name} on {date}
                </span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
