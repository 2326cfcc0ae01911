// Dates as the directory pages say them. A gathering's dates are local calendar
// dates (YYYY-MM-DD) with no time zone of their own; instants from the API are
// UTC and shown in UK time, whatever the phone's own zone.
const calendarDate = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const londonTime = new Intl.DateTimeFormat("en-GB", { hour: "numeric", minute: "2-digit", timeZone: "Europe/London" });
const londonDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/London" });
// en-CA writes dates as YYYY-MM-DD, the form the API uses.
const londonIsoDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" });

export const isLocalDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** "2026-11-30" → "Monday 30 November 2026". Noon UTC, so no zone can tip it into another day. */
export const formatLocalDate = (on: string) => calendarDate.format(new Date(`${on}T12:00:00Z`));

/** An instant as a UK clock time, "19:05". */
export const formatLondonTime = (iso: string) => londonTime.format(new Date(iso));

/** An instant as a UK date, "3 March 2026". */
export const formatLondonDay = (iso: string) => londonDate.format(new Date(iso));

/** Today's date in the UK, as YYYY-MM-DD. */
export const todayInLondon = (now = new Date()) => londonIsoDate.format(now);
