// When a mentor's next supervision is due: a set number of days (the
// organisation's setting) after the last one, or after they became a mentor.
import { addDays, londonDate } from "../../calendar-dates";

export function supervisionDueOn(lastSupervisionOn: string | null, profileCreatedAt: Date, everyDays: number) {
  return addDays(lastSupervisionOn ?? londonDate(profileCreatedAt), everyDays);
}
