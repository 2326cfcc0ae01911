// People who have gone quiet, for staff to get in touch: named, because this is
// the service's own operational list (each time it is shown, the reading is
// recorded in the access log). Each links to their sessions where they have a mentor.
import { Link } from "wouter";
import { formatLocalDate } from "../../directory/dates";
import { type Dashboard, lastActivityWords, quietReasonWords } from "./dashboard-words";

export function GoneQuietSection({ goneQuiet }: { goneQuiet: Dashboard["goneQuiet"] }) {
  return (
    <section aria-labelledby="dashboard-quiet">
      <h2 id="dashboard-quiet">People who have gone quiet</h2>
      <p className="hint">
        Mentees with no support session for over 4 weeks, and members who came regularly in the last 6 months but not in
        the last 6 weeks. Someone going quiet is a reason to check in, not a judgement.
      </p>
      {goneQuiet.people.length === 0 ? (
        <p role="status">No one has gone quiet.</p>
      ) : (
        <>
          {goneQuiet.total > goneQuiet.people.length && (
            <p role="status">
              Showing the {goneQuiet.people.length} quietest of {goneQuiet.total} people.
            </p>
          )}
          <div className="table-scroll">
            <table className="change-table" data-testid="gone-quiet">
              <caption className="visually-hidden">People who have gone quiet, quietest first</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Why they're listed</th>
                  <th scope="col">What they last did</th>
                  <th scope="col">Mentor</th>
                </tr>
              </thead>
              <tbody>
                {goneQuiet.people.map((person) => (
                  <tr key={person.personId}>
                    <th scope="row">
                      {person.matchId ? (
                        <Link href={`/mentoring/matches/${person.matchId}/sessions`}>{person.displayName}</Link>
                      ) : (
                        person.displayName
                      )}
                    </th>
                    <td>{quietReasonWords[person.reason]}</td>
                    <td>
                      {lastActivityWords(person)}, {formatLocalDate(person.lastActivityOn)} ({person.daysQuiet} days
                      ago)
                    </td>
                    <td>{person.mentorName ?? "No mentor"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
