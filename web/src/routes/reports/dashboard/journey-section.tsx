// What changed in people's journeys, counting only people who agreed to be
// included in anonymous reports. Groups of fewer than five are not shown (and
// nor is anything they could be worked out from), so no one can be picked out.
import { BarChart } from "../../../components/charts/bar-chart";
import { type Dashboard, hiddenWords, shownOrHidden } from "./dashboard-words";

const points = (change: number) => `${change > 0 ? "+" : ""}${change} points`;

export function JourneySection({ dashboard }: { dashboard: Dashboard }) {
  const { recoveryCapital: capital, goalCompletion: goals, networkGrowth: network } = dashboard;
  return (
    <section aria-labelledby="dashboard-journeys">
      <h2 id="dashboard-journeys">Change in people's journeys</h2>
      <p className="hint">
        Only people who agreed to be counted in anonymous reports. Where fewer than 5 people are behind a number, it
        says "{hiddenWords}" instead, so no one can be recognised.
      </p>

      <h3>Recovery capital</h3>
      <p>
        People with two or more check-ins in these dates: {shownOrHidden(capital.peopleCounted)}. Their first check-in
        against their last
        {capital.meanChange === null ? "." : `: on average ${points(capital.meanChange)} (out of 100).`}
      </p>
      <BarChart
        title="How people's check-in scores changed"
        description="People whose score rose by 5 points or more, stayed within 5 points, or fell by 5 or more."
        bars={[
          { label: "Higher", value: capital.improved },
          { label: "About the same", value: capital.same },
          { label: "Lower", value: capital.worse },
        ]}
        max={capital.peopleCounted ?? 0}
        hiddenText={hiddenWords}
        formatValue={(n) => `${n} ${n === 1 ? "person" : "people"}`}
      />

      <h3>Goals</h3>
      <table className="change-table" data-testid="dashboard-goals">
        <caption className="visually-hidden">Goals in these dates</caption>
        <tbody>
          <Figure label="People setting or working on goals" value={goals.peopleCounted} />
          <Figure label="Goals set" value={goals.goalsSet} />
          <Figure label="Goals achieved" value={goals.goalsAchieved} />
          <Figure label="Steps done" value={goals.stepsDone} />
        </tbody>
      </table>

      <h3>Networks</h3>
      <p>
        People whose network map changed in these dates: {shownOrHidden(network.peopleCounted)}.
        {network.meanRecoveryCommunityAtStart !== null && network.meanRecoveryCommunityAtEnd !== null
          ? ` On average they had ${network.meanRecoveryCommunityAtStart} recovery-community connections before and ${network.meanRecoveryCommunityAtEnd} after.`
          : ""}
      </p>
      <BarChart
        title="Supportive connections"
        description="People whose number of supportive connections grew, and people whose did not."
        bars={[
          { label: "Grew", value: network.supportiveGrew },
          { label: "Did not grow", value: network.supportiveDidNotGrow },
        ]}
        max={network.peopleCounted ?? 0}
        hiddenText={hiddenWords}
        formatValue={(n) => `${n} ${n === 1 ? "person" : "people"}`}
      />
    </section>
  );
}

function Figure({ label, value }: { label: string; value: number | null }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{shownOrHidden(value)}</td>
    </tr>
  );
}
