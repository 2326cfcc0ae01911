// Times of planned catch-ups on the UK clock, whatever the phone's own zone:
// a date and time typed on the page become an instant, and an instant is said
// the way the reminders say it ("Tuesday 24 November at 2pm").
const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});
const dayWords = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  timeZone: "Europe/London",
});

function londonWallClock(instant: Date) {
  const get = (type: string) => Number(parts.formatToParts(instant).find((part) => part.type === type)?.value);
  return {
    hour: get("hour"),
    minute: get("minute"),
    asUtc: Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")),
  };
}

/**
 * "2026-11-24" and "14:00" on the London clock as an ISO instant, or null if
 * either is missing. The offset is found by asking what London's clock reads at
 * a first guess, twice, so British Summer Time and its changeover days work.
 */
export function londonInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const wanted = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wanted)) return null;
  let guess = wanted;
  for (let i = 0; i < 2; i++) guess += wanted - londonWallClock(new Date(guess)).asUtc;
  return new Date(guess).toISOString();
}

/** "2pm", "2:30pm", "midday", as GOV.UK writes times. */
function clockWords(instant: Date) {
  const { hour, minute } = londonWallClock(instant);
  if (minute === 0 && hour === 12) return "midday";
  if (minute === 0 && hour === 0) return "midnight";
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? "am" : "pm";
  return minute === 0 ? `${twelve}${suffix}` : `${twelve}:${String(minute).padStart(2, "0")}${suffix}`;
}

/** An ISO instant as "Tuesday 24 November at 2pm" on the London clock. */
export function whenWords(iso: string) {
  const instant = new Date(iso);
  return `${dayWords.format(instant).replace(",", "")} at ${clockWords(instant)}`;
}
