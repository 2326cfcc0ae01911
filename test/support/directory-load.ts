// A national-sized directory for the search benchmark: N gatherings spread over
// Great Britain where people live (GeoNames towns, weighted by population), with a
// realistic mix of kinds, schedules, attendance modes, tags and statuses. Seeded,
// so every run measures the same data.

// Not exported by the API package; read as data only (see the report on exports).
import placesFile from "@kinship/api/directory/geocoding/gb-places.json" with { type: "json" };
import { postTownByArea } from "@kinship/api/directory/geocoding/postcode-areas";
import { weekdayCodes } from "@kinship/api/directory/rrule-parts";
import { type Database, newId, schema } from "@kinship/db";
import { accessibilityFeatures, type GatheringKind } from "@kinship/db/schema";

type Place = [name: string, latitude: number, longitude: number, population: number];
const places = (placesFile.places as Place[]).filter((place) => place[3] > 0);

const dayMs = 86_400_000;

// mulberry32: small, fast and seeded.
export function seededRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
type Random = ReturnType<typeof seededRandom>;

function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  let pick = random() * choices.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of choices) {
    pick -= weight;
    if (pick < 0) return value;
  }
  return choices[choices.length - 1]![0];
}
const oneOf = <T>(random: Random, items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const someOf = <T>(random: Random, items: readonly T[], chance: number) => items.filter(() => random() < chance);

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/** The first date on or after `date` on that weekday (optionally the nth, or the last with -1, of its month). */
function nextWeekday(date: string, weekday: string, nth = 0): string {
  for (let offset = 0; offset < 62; offset++) {
    const day = new Date(Date.parse(`${addDays(date, offset)}T00:00:00Z`));
    if (weekdayCodes[day.getUTCDay()] !== weekday) continue;
    const daysInMonth = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate();
    const ordinal = nth > 0 ? Math.ceil(day.getUTCDate() / 7) : -Math.ceil((daysInMonth - day.getUTCDate() + 1) / 7);
    if (nth === 0 || ordinal === nth) return day.toISOString().slice(0, 10);
  }
  throw new Error(`No ${nth} ${weekday} after ${date}`);
}

/** A schedule whose first date is one of its own, as RFC 5545 expects. */
function schedule(random: Random, today: string) {
  const day = oneOf(random, weekdayCodes);
  const since = addDays(today, -Math.floor(30 + random() * 1500));
  const shape = weighted(random, [
    ["weekly", 60],
    ["several", 8],
    ["fortnightly", 7],
    ["monthly", 8],
    ["monthly-two", 3],
    ["daily", 2],
    ["course", 2],
    ["once", 7],
    ["past", 3],
  ] as const);
  switch (shape) {
    case "weekly":
      return { recurrence: `FREQ=WEEKLY;BYDAY=${day}`, startsOn: nextWeekday(since, day) };
    case "several": {
      const days = weekdayCodes.filter((code) => code === day || random() < 0.3);
      const first = nextWeekday(since, days[0]!);
      return { recurrence: `FREQ=WEEKLY;BYDAY=${days.join(",")}`, startsOn: first };
    }
    case "fortnightly":
      return { recurrence: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day}`, startsOn: nextWeekday(since, day) };
    case "monthly": {
      const nth = oneOf(random, [1, 2, 3, 4, -1]);
      return { recurrence: `FREQ=MONTHLY;BYDAY=${nth}${day}`, startsOn: nextWeekday(since, day, nth) };
    }
    case "monthly-two":
      return { recurrence: `FREQ=MONTHLY;BYDAY=1${day},3${day}`, startsOn: nextWeekday(since, day, 1) };
    case "daily":
      return { recurrence: "FREQ=DAILY", startsOn: since };
    case "course":
      return {
        recurrence: `FREQ=WEEKLY;BYDAY=${day};COUNT=6`,
        startsOn: nextWeekday(addDays(today, Math.floor(random() * 60) - 20), day),
      };
    case "once":
      return { recurrence: null, startsOn: addDays(today, 1 + Math.floor(random() * 120)) };
    case "past":
      return { recurrence: null, startsOn: addDays(today, -1 - Math.floor(random() * 365)) };
  }
}

const kindWeights: (readonly [GatheringKind, number])[] = [
  ["alcoholics_anonymous", 30],
  ["narcotics_anonymous", 12],
  ["smart_recovery", 10],
  ["cocaine_anonymous", 4],
  ["crystal_meth_anonymous", 1],
  ["al_anon", 6],
  ["other_fellowship", 5],
  ["recovery_cafe", 8],
  ["recovery_walk", 5],
  ["peer_support_group", 8],
  ["family_carers_group", 5],
  ["social_event", 3],
  ["training", 3],
];
const tagChoices = ["O", "C", "BE", "D", "SP", "ST", "W", "M", "LGBTQ", "X", "B", "LIT", "MED", "OUT"];
const ourTags = ["medication-assisted-recovery-welcome", "lived-experience-led", "no-need-to-book", "free-food"];

/** A town picked with probability in proportion to its population. */
function placeWhereSomeoneLives(random: Random): Place {
  const pick = random() * populationTotal;
  let low = 0;
  for (let high = cumulativePopulation.length - 1; low < high; ) {
    const middle = (low + high) >> 1;
    if (cumulativePopulation[middle]! < pick) low = middle + 1;
    else high = middle;
  }
  return places[low]!;
}
const cumulativePopulation: number[] = [];
let populationTotal = 0;
for (const place of places) {
  populationTotal += place[3];
  cumulativePopulation.push(populationTotal);
}

// Each place takes the postcode area of the nearest post town, so outward codes cluster as real ones do.
const areaByPosition = new Map<string, string>();
function postcodeAreaNear(latitude: number, longitude: number): string {
  const key = `${latitude},${longitude}`;
  const known = areaByPosition.get(key);
  if (known) return known;
  let best = { area: "M", distance: Number.POSITIVE_INFINITY };
  for (const area of postcodeAreas) {
    const distance = (area.latitude - latitude) ** 2 + ((area.longitude - longitude) * 0.6) ** 2;
    if (distance < best.distance) best = { area: area.area, distance };
  }
  areaByPosition.set(key, best.area);
  return best.area;
}
const postcodeAreas = Object.entries(postTownByArea).flatMap(([area, town]) => {
  const place = places.find(([name]) => name === town);
  return place ? [{ area, latitude: place[1], longitude: place[2] }] : [];
});
const inwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

/** Adds `count` gatherings (and a few hundred organisations) in batched transactions. */
export async function loadDirectory(
  db: Database,
  { count, now, seed = 1 }: { count: number; now: Date; seed?: number },
) {
  const random = seededRandom(seed);
  const today = now.toISOString().slice(0, 10);
  const organisations = Array.from({ length: Math.ceil(count / 100) }, (_, i) => ({
    id: newId(),
    slug: `load-organisation-${i}`,
    name: `Load organisation ${i}`,
    kind: "mutual_aid_group" as const,
    town: "Bury",
  }));
  await db.insert(schema.organisations).values(organisations);

  const rows: (typeof schema.gatherings.$inferInsert)[] = [];
  const exceptions: (typeof schema.gatheringExceptions.$inferInsert)[] = [];
  for (let i = 0; i < count; i++) {
    const [town, townLatitude, townLongitude, population] = placeWhereSomeoneLives(random);
    // Spread venues over the town: a city's gatherings are miles apart, a village's are not.
    const radiusMiles = 0.5 + Math.sqrt(population) / 400;
    const r = radiusMiles * Math.sqrt(random());
    const angle = random() * 2 * Math.PI;
    const latitude = townLatitude + (r * Math.cos(angle)) / 69;
    const longitude = townLongitude + (r * Math.sin(angle)) / (69 * Math.cos((townLatitude * Math.PI) / 180));
    const area = postcodeAreaNear(townLatitude, townLongitude);
    const mode = weighted(random, [
      ["in_person", 75],
      ["online", 10],
      ["hybrid", 15],
    ] as const);
    const when = schedule(random, today);
    const hour = weighted(random, [
      [7 + Math.floor(random() * 5), 20],
      [12 + Math.floor(random() * 5), 25],
      [17 + Math.floor(random() * 4), 55],
    ] as const);
    const id = newId();
    const inward = `${Math.floor(random() * 10)}${oneOf(random, [...inwardLetters])}${oneOf(random, [...inwardLetters])}`;
    rows.push({
      id,
      organisationId: oneOf(random, organisations).id,
      name: `${town} gathering ${i}`,
      kind: weighted(random, kindWeights),
      description: "A friendly group; everyone is welcome.",
      attendanceMode: mode,
      ...when,
      startTime: `${String(hour).padStart(2, "0")}:${oneOf(random, ["00", "15", "30"])}`,
      durationMinutes: oneOf(random, [60, 90, 90, 120]),
      ...(mode === "online"
        ? {}
        : {
            venueName: `${town} community centre`,
            address: "High Street",
            town,
            postcode: `${area}${1 + Math.floor(random() * 20)} ${inward}`,
            latitude,
            longitude,
          }),
      onlineUrl: mode === "in_person" ? null : `https://meet.example.org/load-${i}`,
      accessibility: someOf(random, accessibilityFeatures, 0.3),
      tags: [...someOf(random, tagChoices, 0.12), ...someOf(random, ourTags, 0.15)],
      lastConfirmedAt: new Date(now.getTime() - (random() < 0.1 ? 240 : random() * 120) * dayMs),
      cancelledAt: random() < 0.01 ? now : null,
      withdrawnAt: random() < 0.02 ? now : null,
    });
    const weeklyDay = /^FREQ=WEEKLY;BYDAY=([A-Z]{2})$/.exec(when.recurrence ?? "")?.[1];
    if (weeklyDay && random() < 0.03) {
      exceptions.push({
        id: newId(),
        gatheringId: id,
        occurrenceOn: nextWeekday(addDays(today, Math.floor(random() * 28)), weeklyDay),
        change: "cancelled",
        note: "No meeting this week.",
      });
    }
  }
  // Large transactions of modest statements: a few seconds for 20,000 rows.
  for (let start = 0; start < rows.length; start += 2_000) {
    const slice = rows.slice(start, start + 2_000);
    const inserts = [];
    for (let i = 0; i < slice.length; i += 200)
      inserts.push(db.insert(schema.gatherings).values(slice.slice(i, i + 200)));
    await db.batch(inserts as [(typeof inserts)[number], ...(typeof inserts)[number][]]);
  }
  if (exceptions.length) await db.insert(schema.gatheringExceptions).values(exceptions);
  return { organisations: organisations.length, gatherings: rows.length, exceptions: exceptions.length };
}
