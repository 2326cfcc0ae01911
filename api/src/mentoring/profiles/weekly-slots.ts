// A mentor's (or a person's) free times: 21 slots, morning, afternoon and evening
// of each day, stored as a bit mask (bit = day * 3 + part, Monday = day 0) so that
// overlap is one AND, and shown to people as named slots.
const days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
const dayParts = ["morning", "afternoon", "evening"] as const;
export type WeeklySlot = `${(typeof days)[number]}_${(typeof dayParts)[number]}`;

/** In bit order: weeklySlots[bit]. */
export const weeklySlots: readonly WeeklySlot[] = days.flatMap((day) =>
  dayParts.map((part): WeeklySlot => `${day}_${part}`),
);

export const slotsFromMask = (mask: number): WeeklySlot[] =>
  weeklySlots.filter((_slot, bit) => (mask & (1 << bit)) !== 0);

export const maskFromSlots = (slots: readonly WeeklySlot[]): number =>
  slots.reduce((mask, slot) => mask | (1 << weeklySlots.indexOf(slot)), 0);
