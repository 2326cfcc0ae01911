// A person's totals and milestones: verified and waiting hours, by organisation
// and activity, each milestone reached, and how far to the next.
import type { ResultOf } from "../../graphql/graphql";
import type { MyVolunteeringHoursQuery } from "../../graphql/volunteering";
import { formatLondonDay } from "../directory/dates";
import { activityLabels, describeMinutes } from "./vocabulary";

type MyHours = ResultOf<typeof MyVolunteeringHoursQuery>["myVolunteeringHours"];

export function MyHoursSummary({ hours }: { hours: MyHours }) {
  const newest = hours.milestones.at(-1);
  return (
    <section aria-labelledby="hours-totals">
      <h2 id="hours-totals">Your hours so far</h2>
      {newest && (
        <div className="callout milestone">
          <p className="lead">You've reached {newest.hours} verified hours. Thank you for everything you give.</p>
          <p className="meta">Reached on {formatLondonDay(newest.reachedAt)}.</p>
        </div>
      )}
      <dl className="details-list">
        <div>
          <dt>Verified</dt>
          <dd data-testid="verified-total">{describeMinutes(hours.approvedMinutes)}</dd>
        </div>
        <div>
          <dt>Waiting to be checked</dt>
          <dd>{hours.pendingMinutes > 0 ? describeMinutes(hours.pendingMinutes) : "Nothing"}</dd>
        </div>
      </dl>
      {hours.nextMilestone && (
        <p>
          {describeMinutes(hours.nextMilestone.minutesToGo)} more verified to reach {hours.nextMilestone.hours} hours.
        </p>
      )}
      {hours.milestones.length > 0 && (
        <>
          <h3>Milestones you've reached</h3>
          <ul className="plain-list">
            {hours.milestones.map((milestone) => (
              <li key={milestone.hours}>
                {milestone.hours} hours, on {formatLondonDay(milestone.reachedAt)}
              </li>
            ))}
          </ul>
        </>
      )}
      {hours.byOrganisation.length > 1 && (
        <>
          <h3>By organisation</h3>
          <ul className="plain-list">
            {hours.byOrganisation.map((row) => (
              <li key={row.organisation.id}>
                {row.organisation.name}: {describeMinutes(row.approvedMinutes)} verified
                {row.pendingMinutes > 0 && `, ${describeMinutes(row.pendingMinutes)} waiting`}
              </li>
            ))}
          </ul>
        </>
      )}
      {hours.byActivity.length > 1 && (
        <>
          <h3>By activity</h3>
          <ul className="plain-list">
            {hours.byActivity.map((row) => (
              <li key={row.activity}>
                {activityLabels[row.activity]}: {describeMinutes(row.approvedMinutes)} verified
                {row.pendingMinutes > 0 && `, ${describeMinutes(row.pendingMinutes)} waiting`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
