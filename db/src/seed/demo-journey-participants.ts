// The demo town's lighter participants: enough people at each organisation, each
// with a few check-ins, a goal or two, a small map and some gatherings, for the
// dashboards' and reports' anonymous totals to clear the threshold of five in
// most places (and, being few, to stay hidden in some). Generated from a fixed
// seed, so every fresh start tells the same story.
import { builtInDefinition } from "../journey-defaults";
import type { Closeness, ConnectionInfluence, ConnectionKind, TreatmentPhase } from "../schema";
import { add, change, granted, type JourneyStory, type NetworkChange, remove, withdrawn } from "./demo-journey-story";
import * as words from "./demo-journey-words";
import { type Random, seededRandom } from "./seeded-random";

export interface DemoParticipant {
  displayName: string;
  email: string;
  /** Slugs, home organisation first. */
  organisations: string[];
  joinedDaysAgo: number;
  /** When they took on volunteering at their home organisation, if they have. */
  becameVolunteerDaysAgo: number | null;
  story: JourneyStory;
}

const initials = [..."ABCDEFGHJKLMNPRSTW"];

const pick = <T>(random: Random, items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
/** Removes and returns a random item, so the next `take` from the same list gives another. */
const take = <T>(random: Random, items: T[]) => items.splice(Math.floor(random() * items.length), 1)[0]!;

const participantCounts = { "irwell-recovery-service": 32, "bury-recovery-community": 26 };

export function demoParticipants(): DemoParticipant[] {
  const random = seededRandom(2027);
  const women = [...words.womenNames];
  const men = [...words.menNames];
  const participants: DemoParticipant[] = [];
  for (const [slug, count] of Object.entries(participantCounts)) {
    const isService = slug === "irwell-recovery-service";
    for (let k = 0; k < count; k++) {
      const isWoman = (k + (isService ? 0 : 1)) % 2 === 0;
      const names = isWoman ? women : men;
      const first = take(random, names);
      const initial = pick(random, initials);
      const displayName = `${first} ${initial}`;
      const other = isService ? "bury-recovery-community" : "irwell-recovery-service";
      // Within the last 400 days: the named people started first, so the story's
      // first months have too few people to publish, as a new service would.
      const joinedDaysAgo = between(random, 45, 400);
      participants.push({
        displayName,
        email: `${first}.${initial}@demo.kinship.test`.toLowerCase(),
        organisations: [slug, ...(k % (isService ? 4 : 5) === 0 ? [other] : [])],
        joinedDaysAgo,
        // One in three of those who joined a while ago has started volunteering since.
        becameVolunteerDaysAgo: k % 3 === 1 && joinedDaysAgo >= 120 ? joinedDaysAgo - 100 : null,
        story: participantStory({ random, displayName, isWoman, isService, k, joinedDaysAgo }),
      });
    }
  }
  return participants;
}

function participantStory(options: {
  random: Random;
  displayName: string;
  isWoman: boolean;
  isService: boolean;
  k: number;
  joinedDaysAgo: number;
}): JourneyStory {
  const { random, k, joinedDaysAgo } = options;
  // Check-ins every five to nine weeks from joining, two to five of them.
  const wanted = between(random, 2, 5);
  const days = [joinedDaysAgo - 2];
  while (days.length < wanted) {
    const next = days.at(-1)! - between(random, 35, 63);
    if (next >= 1) days.push(next);
    else if (days.length < 2) days.push(days.at(-1)! - 30);
    else break;
  }
  const start = 1.7 + random() * 1.5;
  // Most people's scores climb; a few drift down, as happens.
  const climb = k % 7 === 3 ? -0.15 : 0.1 + random() * 0.4;
  const lapseAfter = k % 6 === 2 && days.length >= 3 ? 1 : null;
  const checkIns = days.map((daysAgo, i) => ({
    daysAgo,
    level: Math.min(5.5, start + climb * i - (lapseAfter !== null && i === lapseAfter + 1 ? 0.8 : 0)),
    ...(random() < 0.4 ? { note: pick(random, words.checkInNotes) } : {}),
    ...(lapseAfter !== null && i === lapseAfter + 1 ? { shift: { substance_use: -1 } } : {}),
  }));
  const lapses = lapseAfter === null ? [] : [{ daysAgo: days[lapseAfter]! - 10, note: pick(random, words.lapseNotes) }];
  const network = participantNetwork(options, days);
  const community = network.find((c) => "add" in c && c.from && "gathering" in c.from);
  return {
    person: options.displayName,
    leanings: Object.fromEntries(
      builtInDefinition.items.map(({ code }) => [code, Math.round((random() * 1.8 - 0.9) * 10) / 10]),
    ),
    checkIns,
    lapses,
    goals: participantGoals(random, joinedDaysAgo),
    phases: options.isService ? participantPhases(k, joinedDaysAgo, start + climb * 3 > 4) : [],
    network,
    attendance:
      community && "add" in community && community.from && "gathering" in community.from
        ? [
            {
              gathering: community.from.gathering,
              fromDaysAgo: community.daysAgo + 10,
              toDaysAgo: 1,
              oneIn: between(random, 2, 5),
            },
          ]
        : [],
    // One in six says no to everything; one person later changes their mind about reports.
    consents:
      k % 6 === 5
        ? []
        : [
            ...granted(joinedDaysAgo - 2, "include_in_anonymous_reports"),
            ...(k === 7 && !options.isService ? [withdrawn(20, "include_in_anonymous_reports")] : []),
          ],
  };
}

function participantGoals(random: Random, joinedDaysAgo: number) {
  const ideas = [...words.goalIdeas];
  const count = random() < 0.5 ? 1 : 2;
  return Array.from({ length: count }, (_, i) => {
    const idea = take(random, ideas);
    const createdDaysAgo = Math.max(3, joinedDaysAgo - 7 - i * 30);
    const roll = random();
    const stepCount = between(random, 2, 3);
    const done = roll < 0.15 ? stepCount : roll < 0.25 ? 1 : Math.floor(random() * stepCount);
    const doneDay = (j: number) => Math.max(1, createdDaysAgo - 12 * (j + 1));
    return {
      title: idea.title,
      needs: idea.needs,
      createdDaysAgo,
      ...(roll < 0.15 ? { achievedDaysAgo: doneDay(stepCount - 1) } : {}),
      ...(roll >= 0.15 && roll < 0.25 ? { setAsideDaysAgo: Math.max(1, createdDaysAgo - 40) } : {}),
      steps: idea.steps
        .slice(0, stepCount)
        .map((title, j) =>
          j < done ? { title, doneDaysAgo: doneDay(j) } : { title, ...(j === done ? { dueDaysAgo: -7 - 7 * j } : {}) },
        ),
    };
  });
}

/** Reviewed on time, except for a few whose last review the coordinator has not yet done. */
function participantPhases(k: number, joinedDaysAgo: number, isDoingWell: boolean) {
  const records: { daysAgo: number; phase: TreatmentPhase; reviewInDays: number }[] = [
    { daysAgo: joinedDaysAgo, phase: "stabilisation", reviewInDays: 90 },
  ];
  for (let daysAgo = joinedDaysAgo - 90; daysAgo >= 1; daysAgo -= 180) {
    const phase = isDoingWell && daysAgo < joinedDaysAgo - 200 ? "ready_for_recovery" : "maintenance";
    records.push({ daysAgo, phase, reviewInDays: 180 });
  }
  return k % 14 === 4 && records.length > 1 ? records.slice(0, -1) : records;
}

function participantNetwork(
  options: { random: Random; isWoman: boolean; isService: boolean },
  days: number[],
): NetworkChange[] {
  const { random } = options;
  const first = days[0]!;
  const families = [...words.familyLabels];
  const influences: ConnectionInfluence[] = ["supportive", "supportive", "neutral"];
  const changes: NetworkChange[] = Array.from({ length: between(random, 1, 2) }, () =>
    add(first, take(random, families), "family", pick(random, influences), 1),
  );
  if (random() < 0.5) changes.push(add(first, pick(random, words.friendLabels), "friend", "supportive", 2));
  const using = random() < 0.7 ? pick(random, words.usingLabels) : null;
  if (using) changes.push(add(first, using, "used_with", "using", pick(random, [1, 2] as Closeness[])));
  const places = words.communityPlaces[options.isService ? "service" : "community"].filter(
    (p) => !p.onlyFor || p.onlyFor === (options.isWoman ? "women" : "men"),
  );
  // Most find some of the recovery community; not every map grows, and some
  // lose someone close (a falling-out, a bereavement) along the way.
  const closest = (changes[0] as { add: string }).add;
  if (random() < 0.75) {
    const place = pick(random, places);
    changes.push(add(days[1]!, place.label, place.kind as ConnectionKind, "supportive", 2, place.from));
    if (days.length >= 3 && random() < 0.2)
      changes.push(change(days.at(-1)!, closest, { influence: "neutral", closeness: 2 }));
  } else if (random() < 0.5) {
    changes.push(change(days[1]!, closest, { influence: "neutral", closeness: 2 }));
  } else {
    changes.push(change(days[1]!, closest, { closeness: 2 }));
  }
  if (using && days.length >= 3 && random() < 0.35) {
    changes.push(change(days[2]!, using, { influence: "neutral", closeness: 3 }));
    if (days.length >= 4 && random() < 0.5) changes.push(remove(days.at(-1)!, using));
  }
  return changes;
}
