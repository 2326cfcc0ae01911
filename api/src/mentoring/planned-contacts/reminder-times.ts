// When the two reminders of a planned contact go, on the Europe/London clock:
// the evening before at 18:00, and on the day two hours before the start but not
// before 08:00 (people's default quiet hours end then). A contact starting before
// 08:30 gets no on-the-day reminder: it could only arrive minutes before, or in
// the night; the evening before is its reminder. A reminder whose time has
// already passed when the contact is planned is not written at all, so planning
// something for this afternoon sends nobody a late "tomorrow" message.
import { addDays, londonDate, londonMidnight } from "../../calendar-dates";
import { nextLondonClock } from "../../reminders/london-clock";

export type ReminderMoment = "day-before" | "on-the-day";

const hour = 60 * 60_000;

/** The instant the London wall clock reads `clock` on the London date `date`. */
const londonClockOn = (date: string, clock: string) => nextLondonClock(new Date(londonMidnight(date)), clock);

export function reminderTimes(startsAt: Date, now: Date): { moment: ReminderMoment; dueAt: Date }[] {
  const startDate = londonDate(startsAt);
  const dayBefore = londonClockOn(addDays(startDate, -1), "18:00");
  const morning = londonClockOn(startDate, "08:00");
  const onTheDay = new Date(Math.max(startsAt.getTime() - 2 * hour, morning.getTime()));
  const times: { moment: ReminderMoment; dueAt: Date }[] = [{ moment: "day-before", dueAt: dayBefore }];
  if (startsAt.getTime() - onTheDay.getTime() >= 30 * 60_000) times.push({ moment: "on-the-day", dueAt: onTheDay });
  return times.filter(({ dueAt }) => dueAt.getTime() > now.getTime());
}

/** The outbox key of one reminder of one planned contact, for each person in it. */
export const reminderKey = (plannedContactId: string, moment: ReminderMoment) =>
  `planned-contact:${plannedContactId}:${moment}`;
