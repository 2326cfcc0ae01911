// The finder form's fields and their words, with the current search ticked.

import { accessibilityFeatures, attendanceModes, gatheringKinds } from "@kinship/db/schema";
import type { Choice, FiltersFormView } from "@kinship/web/public/filters-form";
import { timesOfDay, weekdays } from "../search-gatherings";
import { accessibilityLabels, attendanceModeLabels, gatheringKindLabels, kinshipTags, tagLabels } from "../vocabulary";
import { type FinderQuery, hasFilters, radiusChoices } from "./finder-params";

const radiusWords: Record<(typeof radiusChoices)[number], string> = {
  auto: "Nearest ones (we choose)",
  "1": "Within 1 mile",
  "3": "Within 3 miles",
  "5": "Within 5 miles",
  "10": "Within 10 miles",
  "25": "Within 25 miles",
};
const dayWords = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const timeWords = { morning: "Morning (before midday)", afternoon: "Afternoon (midday to 5pm)", evening: "Evening" };

// The finder offers the tags people most often look for, in plainer words than
// the Meeting Guide's; a listing's page shows all its tags.
export const finderTagLabels: Record<string, string> = {
  O: "Open meeting: anyone can come",
  BE: "Good for newcomers",
  W: "Women only",
  M: "Men only",
  LGBTQ: "LGBTQ+",
  Y: "Young people",
  ...kinshipTags,
};
export const tagInWords = (code: string) => finderTagLabels[code] ?? tagLabels[code] ?? code;

function choices<T extends string>(values: readonly T[], chosen: readonly string[], words: (value: T) => string) {
  return values.map((value): Choice => ({ value, label: words(value), isChosen: chosen.includes(value) }));
}

export function filtersFormView(query: FinderQuery): FiltersFormView {
  // A tag from a shared link that the form does not offer still shows, ticked, so it can be unticked.
  const tagCodes = [...new Set([...Object.keys(finderTagLabels), ...query.tags])];
  const isNearMe = Boolean(query.near && !query.place);
  return {
    place: query.place,
    latitude: isNearMe ? String(query.near?.latitude) : "",
    longitude: isNearMe ? String(query.near?.longitude) : "",
    radius: choices(radiusChoices, [query.radius], (value) => radiusWords[value]),
    order: choices(["soonest", "nearest"] as const, [query.order], (value) =>
      value === "soonest" ? "Soonest first" : "Nearest first",
    ),
    kinds: choices(gatheringKinds, query.kinds, (kind) => gatheringKindLabels[kind]),
    modes: choices(attendanceModes, query.modes, (mode) => attendanceModeLabels[mode]),
    days: choices(weekdays, query.days, (day) => dayWords[weekdays.indexOf(day)] ?? day),
    times: choices(timesOfDay, query.times, (time) => timeWords[time]),
    accessibility: choices(accessibilityFeatures, query.access, (feature) => accessibilityLabels[feature]),
    tags: choices(tagCodes, query.tags, tagInWords),
    startingSoon: query.startingSoon,
    happeningNow: query.happeningNow,
    hasFilters: hasFilters(query),
  };
}
