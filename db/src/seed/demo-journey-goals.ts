// Goals with small steps, private lapses and treatment phases for the demo
// journeys. Titles and notes are the person's own words, sealed under their key.
import { newId } from "../ids";
import { dateDaysAgo, instantDaysAgo } from "./demo-dates";
import type { JourneyContext, JourneyStory } from "./demo-journey-story";

const dateOrNull = (now: Date, daysAgo: number | undefined) =>
  daysAgo === undefined ? null : dateDaysAgo(now, daysAgo);
const instantOrNull = (now: Date, daysAgo: number | undefined) =>
  daysAgo === undefined ? null : instantDaysAgo(now, daysAgo);

export function goalRows(story: JourneyStory, context: JourneyContext) {
  const { now, personId, sealer } = context;
  const goals = [];
  const steps = [];
  for (const goal of story.goals) {
    const status =
      goal.achievedDaysAgo !== undefined ? "achieved" : goal.setAsideDaysAgo !== undefined ? "set_aside" : "active";
    const row = {
      id: newId(),
      personId,
      titleCipher: "",
      needs: goal.needs,
      setWithPersonId: goal.setWithMentor ? context.personIdOf(goal.setWithMentor) : null,
      status: status as "active" | "achieved" | "set_aside",
      targetOn: dateOrNull(now, goal.targetDaysAgo),
      createdAt: instantDaysAgo(now, goal.createdDaysAgo),
      achievedAt: instantOrNull(now, goal.achievedDaysAgo),
      setAsideAt: instantOrNull(now, goal.setAsideDaysAgo),
    };
    sealer.seal(personId, goal.title, { table: "journey_goals", column: "title_cipher", rowId: row.id }, (cipher) => {
      row.titleCipher = cipher;
    });
    goals.push(row);
    for (const [position, step] of goal.steps.entries()) {
      const stepRow = {
        id: newId(),
        goalId: row.id,
        personId,
        titleCipher: "",
        position,
        dueOn: dateOrNull(now, step.dueDaysAgo),
        doneAt: instantOrNull(now, step.doneDaysAgo),
        createdAt: instantDaysAgo(now, goal.createdDaysAgo),
      };
      const where = { table: "goal_steps", column: "title_cipher", rowId: stepRow.id };
      sealer.seal(personId, step.title, where, (cipher) => {
        stepRow.titleCipher = cipher;
      });
      steps.push(stepRow);
    }
  }
  return { goals, steps };
}

export function lapseRows(story: JourneyStory, context: JourneyContext) {
  const { now, personId, sealer } = context;
  return story.lapses.map((lapse) => {
    const row = {
      id: newId(),
      personId,
      happenedOn: dateDaysAgo(now, lapse.daysAgo),
      noteCipher: null as string | null,
      // People usually write it down a day or two later, once they feel able to.
      recordedAt: instantDaysAgo(now, lapse.daysAgo - 1),
    };
    sealer.seal(personId, lapse.note, { table: "lapses", column: "note_cipher", rowId: row.id }, (cipher) => {
      row.noteCipher = cipher;
    });
    return row;
  });
}

export function phaseRows(story: JourneyStory, context: JourneyContext) {
  const { now, personId, service } = context;
  return story.phases.map((record) => ({
    id: newId(),
    personId,
    organisationId: service.organisationId,
    phase: record.phase,
    reviewOn: dateDaysAgo(now, record.daysAgo - record.reviewInDays),
    recordedByPersonId: service.coordinatorPersonId,
    recordedAt: instantDaysAgo(now, record.daysAgo),
  }));
}
