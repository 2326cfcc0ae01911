// When someone is free in a usual week: seven days, each split into morning,
// afternoon and evening. A grid of checkboxes to choose, and plain words to show.

import type { ResultOf } from "../../graphql/graphql";
import type { MentorRequestFields } from "../../graphql/mentoring";
import { listOf } from "./vocabulary";

export type WeeklySlot = ResultOf<typeof MentorRequestFields>["availability"][number];

const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const parts = ["morning", "afternoon", "evening"] as const;

const slotOf = (day: string, part: string) => `${day}_${part}`.toUpperCase() as WeeklySlot;

/** Every slot, Monday morning first, in the order the API numbers them. */
const weeklySlots: WeeklySlot[] = days.flatMap((day) => parts.map((part) => slotOf(day, part)));

/** The ticked slots of a grid named `name`. */
export const slotsOf = (data: FormData, name: string) =>
  data.getAll(name).filter((value): value is WeeklySlot => weeklySlots.includes(value as WeeklySlot));

export function AvailabilityGrid({
  name,
  legend,
  hint,
  checked = [],
}: {
  name: string;
  legend: string;
  hint?: string;
  checked?: readonly WeeklySlot[];
}) {
  return (
    <fieldset className="choices" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      <table className="availability-grid">
        <thead>
          <tr>
            <td className="day-column" />
            {parts.map((part) => (
              <th key={part} scope="col">
                {part[0]!.toUpperCase() + part.slice(1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day}>
              <th scope="row" className="day-column">
                {day}
              </th>
              {parts.map((part) => {
                const slot = slotOf(day, part);
                const id = `${name}-${slot}`;
                return (
                  <td key={part}>
                    <input type="checkbox" id={id} name={name} value={slot} defaultChecked={checked.includes(slot)} />
                    <label htmlFor={id} className="visually-hidden">
                      {day} {part}
                    </label>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

/** "Monday to Friday afternoons; Saturday and Sunday mornings", or null when no time is given. */
export function availabilityText(slots: readonly WeeklySlot[]) {
  const byPart = parts.flatMap((part) => {
    const free = days.map((day) => slots.includes(slotOf(day, part)));
    const spans = dayRanges(free);
    return spans.length === 0 ? [] : [`${listOf(spans)} ${part}s`];
  });
  return byPart.length === 0 ? null : byPart.join("; ");
}

/** Runs of three or more days in a row as "Monday to Friday"; shorter runs day by day. */
function dayRanges(free: boolean[]) {
  const spans: string[] = [];
  for (let start = 0; start < days.length; start++) {
    if (!free[start]) continue;
    let end = start;
    while (end + 1 < days.length && free[end + 1]) end++;
    if (end - start >= 2) spans.push(`${days[start]} to ${days[end]}`);
    else spans.push(...days.slice(start, end + 1));
    start = end;
  }
  return spans;
}
