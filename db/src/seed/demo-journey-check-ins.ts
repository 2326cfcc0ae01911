// Recovery-capital check-ins for the demo journeys: answers on the built-in
// instrument, centred on each check-in's overall level and leaning towards the
// person's own strengths and gaps, scored exactly as the API scores them.
import { newId } from "../ids";
import { builtInDefinition, builtInInstrumentId } from "../journey-defaults";
import type { InstrumentDefinition } from "../schema";
import { dateDaysAgo, instantDaysAgo } from "./demo-dates";
import type { JourneyContext, JourneyStory } from "./demo-journey-story";

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * The API's score (api/src/journey/check-ins/instrument-score.ts): each item's
 * share of the scale, (value − min) / (max − min) · 100, turned round for reversed
 * items, to one decimal place; then their mean, to one decimal place. The seed
 * cannot import the API, so the same few lines live here and a test holds the two equal.
 */
export function scorePercent(definition: InstrumentDefinition, answers: Record<string, number>) {
  const { min, max } = definition.scale;
  const shares = definition.items.map((item) => {
    const share = (((answers[item.code] ?? min) - min) / (max - min)) * 100;
    return oneDecimal(item.isReversed ? 100 - share : share);
  });
  return oneDecimal(shares.reduce((sum, share) => sum + share, 0) / shares.length);
}

/** A small, fixed wobble per person, check-in and item, so no two sets of answers look machine-made. */
const wobble = (personSeed: number, checkIn: number, item: number) =>
  (((personSeed + checkIn * 7 + item * 13) % 5) - 2) * 0.2;

export function answersFor(story: JourneyStory, index: number, definition = builtInDefinition) {
  const checkIn = story.checkIns[index]!;
  const { min, max } = definition.scale;
  const personSeed = [...story.person].reduce((sum, c) => sum + c.charCodeAt(0), 0);
  return Object.fromEntries(
    definition.items.map((item, i) => {
      const lean = (story.leanings[item.code] ?? 0) + (checkIn.shift?.[item.code] ?? 0);
      const value = Math.min(max, Math.max(min, Math.round(checkIn.level + lean + wobble(personSeed, index, i))));
      // A reversed item is agreed with less as things get better.
      return [item.code, item.isReversed ? min + max - value : value];
    }),
  );
}

export function checkInRows(story: JourneyStory, context: JourneyContext) {
  const { now, personId, sealer } = context;
  return story.checkIns.map((checkIn, index) => {
    const answers = answersFor(story, index);
    const row = {
      id: newId(),
      personId,
      instrumentId: builtInInstrumentId,
      takenOn: dateDaysAgo(now, checkIn.daysAgo),
      answers,
      scorePercent: scorePercent(builtInDefinition, answers),
      noteCipher: null as string | null,
      createdAt: instantDaysAgo(now, checkIn.daysAgo),
    };
    if (checkIn.note) {
      const where = { table: "recovery_check_ins", column: "note_cipher", rowId: row.id };
      sealer.seal(personId, checkIn.note, where, (cipher) => {
        row.noteCipher = cipher;
      });
    }
    return row;
  });
}
