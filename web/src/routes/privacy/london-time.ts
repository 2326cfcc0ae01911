// Dates and times as people in the UK read them, whatever the phone's own time
// zone says: the API sends UTC, and a record read at 00:30 BST is the next day.
const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/London",
});
const dateOnly = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/London" });

export const formatLondonDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatLondonDate = (iso: string) => dateOnly.format(new Date(iso));
