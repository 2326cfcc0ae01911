// The report's sections about people's journeys, from the grouped rows of
// journey-queries.ts: change in recovery capital, network growth, and outcomes.
// Only people who agreed to be counted in anonymous reports are in these rows.
import { type OutcomeArea, outcomeAreas } from "@kinship/db/schema";
import { meaningfulChangePoints } from "../journey-change-queries";
import { type JourneyRows, reportedGoalNeeds } from "./journey-queries";
import { countTable, meanFigure, oneColumnPeople, type ReportSection } from "./report-shape";
import { goalNeedLabels, notAskedAbout, outcomeLabels, outcomeSources } from "./report-words";

const signed = (rounded: string, value: number) => (value > 0 ? `+${rounded}` : rounded);

export function journeySections([capitalRows, outcomeRows, heldRows, goalRows, goalPeople, networkRows]: JourneyRows) {
  const capital = capitalRows[0]!;
  const network = networkRows[0]!;
  const recoveryCapital: ReportSection = {
    key: "recovery-capital",
    title: "Change in recovery capital",
    figures: [
      meanFigure(
        "mean-change",
        "Average change in check-in score (percentage points)",
        capital.meanChange,
        capital.people,
        (rounded, value) => `${signed(rounded, value)} points`,
      ),
    ],
    tables: [
      countTable({
        key: "recovery-capital",
        title: "How people's check-ins changed",
        caption: `People with two or more check-ins in the period, comparing their first and last: a change of ${meaningfulChangePoints} points or more either way counts as better or worse.`,
        columns: ["People"],
        rows: [
          { label: "Better", counts: [capital.improved] },
          { label: "About the same", counts: [capital.same] },
          { label: "Worse", counts: [capital.worse] },
        ],
        totalLabel: "All people with two or more check-ins",
      }),
    ],
    notes: [
      "A check-in asks how things are across ten parts of life (recovery capital); its score runs from 0 to 100.",
    ],
  };
  const networkGrowth: ReportSection = {
    key: "network",
    title: "Network growth",
    figures: [
      meanFigure(
        "community-start",
        "Average recovery-community connections at the start",
        network.startMean,
        network.people,
      ),
      meanFigure("community-end", "Average recovery-community connections at the end", network.endMean, network.people),
    ],
    tables: [
      countTable({
        key: "network",
        title: "How people's supportive connections changed",
        caption:
          "People whose network map changed in the period, comparing how it stood at the start (before the period, or its first version in it) with its last version: the number of people and groups they marked as supportive.",
        columns: ["People"],
        rows: [
          { label: "Grew", counts: [network.grew] },
          { label: "Stayed the same", counts: [network.same] },
          { label: "Fell", counts: [network.fell] },
        ],
        totalLabel: "All people whose map changed in the period",
      }),
    ],
    notes: [
      "Recovery-community connections are mentors, mutual aid groups, recovery cafés, recovery walks and volunteering teams.",
    ],
  };
  return [recoveryCapital, networkGrowth, outcomesSection(outcomeRows, heldRows, goalRows, goalPeople[0]!.people)];
}

function outcomesSection(
  outcomeRows: JourneyRows[1],
  heldRows: JourneyRows[2],
  goalRows: JourneyRows[3],
  goalPeople: number,
): ReportSection {
  const held = new Set(heldRows.map((row) => row.outcome));
  const heldAreas = outcomeAreas.filter((area) => held.has(area));
  const of = (area: OutcomeArea) => outcomeRows.find((row) => row.outcome === area);
  const goalOf = (need: string) => goalRows.find((row) => row.need === need);
  return {
    key: "outcomes",
    title: "Outcomes",
    figures: [],
    tables: [
      countTable({
        key: "outcomes",
        title: "Outcomes from check-ins",
        caption:
          "People with two or more check-ins in the period, by how their answer on the questions about each outcome changed between their first and last check-in.",
        columns: ["Better", "The same", "Worse"],
        rows: heldAreas.map((area) => {
          const row = of(area);
          return { label: outcomeLabels[area], counts: [row?.improved ?? 0, row?.same ?? 0, row?.worse ?? 0] };
        }),
        totalLabel: "All outcomes (a person is counted once for each outcome)",
      }),
      countTable({
        key: "goals",
        title: "Goals achieved, by need",
        caption: "Goals people marked as achieved in the period, by the need they were linked to.",
        columns: ["Goals achieved"],
        rows: reportedGoalNeeds.map((need) => ({ label: goalNeedLabels[need], counts: [goalOf(need)?.goals ?? 0] })),
        totalLabel: "All (a goal linked to two of these needs is counted under each)",
        peopleBehind: oneColumnPeople(
          reportedGoalNeeds.map((need) => goalOf(need)?.people ?? 0),
          goalPeople,
        ),
      }),
    ],
    notes: [
      ...heldAreas.map((area) => outcomeSources[area]),
      ...outcomeAreas.filter((area) => !held.has(area)).map(notAskedAbout),
    ],
  };
}
