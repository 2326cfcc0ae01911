// Reminders live on the Europe/London wall clock: quiet hours, "at most N a day"
// and the times written in messages all follow British Summer Time.
import { Temporal } from "temporal-polyfill";

export const reminderTimeZone = "Europe/London";

const zoned = (instant: Date) =>
  Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(reminderTimeZone);

const toDate = (dateTime: Temporal.ZonedDateTime) => new Date(dateTime.epochMilliseconds);

/** Minutes since midnight of "HH:MM" (checked elsewhere). */
export const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** The first instant at or after `from` whose London wall clock reads `clock`. */
export function nextLondonClock(from: Date, clock: string): Date {
  const here = zoned(from);
  const minutes = minutesOf(clock);
  const time = Temporal.PlainTime.from({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
  // "compatible": a time that the clocks skip (01:30 in March) becomes the time just after.
  let candidate = here.toPlainDate().toZonedDateTime({ timeZone: reminderTimeZone, plainTime: time });
  if (Temporal.ZonedDateTime.compare(candidate, here) < 0) {
    candidate = here.toPlainDate().add({ days: 1 }).toZonedDateTime({ timeZone: reminderTimeZone, plainTime: time });
  }
  return toDate(candidate);
}

/**
 * When quiet hours (London clock, `from` to `until`, possibly across midnight)
 * hold at `instant`, the instant they end; otherwise null.
 */
export function endOfQuietHours(instant: Date, quiet: { from: string; until: string } | null): Date | null {
  if (!quiet) return null;
  const here = zoned(instant);
  const now = here.hour * 60 + here.minute;
  const from = minutesOf(quiet.from);
  const until = minutesOf(quiet.until);
  const isQuiet = from < until ? now >= from && now < until : now >= from || now < until;
  return isQuiet ? nextLondonClock(instant, quiet.until) : null;
}

/** The start of the London day that `instant` falls in. */
export function startOfLondonDay(instant: Date): Date {
  return toDate(zoned(instant).startOfDay());
}

/** The start of the next London day (a day is 23 or 25 hours when the clocks change). */
export function startOfNextLondonDay(instant: Date): Date {
  return toDate(zoned(instant).toPlainDate().add({ days: 1 }).toZonedDateTime(reminderTimeZone));
}

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  timeZone: reminderTimeZone,
});

/** "2pm", "2:30pm", "midday", "midnight", as GOV.UK writes times. */
export function clockWords(instant: Date) {
  const { hour, minute } = zoned(instant);
  if (minute === 0 && hour === 12) return "midday";
  if (minute === 0 && hour === 0) return "midnight";
  const suffix = hour < 12 ? "am" : "pm";
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${twelve}${suffix}` : `${twelve}:${String(minute).padStart(2, "0")}${suffix}`;
}

/** "Tuesday 24 November at 2pm": a day name and date rather than "tomorrow", which a delayed message would make wrong. */
export const whenWords = (instant: Date) => `${dayWords(instant)} at ${clockWords(instant)}`;

/** "Tuesday 24 November". */
export const dayWords = (instant: Date) => dayFormat.format(instant).replace(",", "");
