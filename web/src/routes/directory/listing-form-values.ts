// From the listing form to the API: the submitted form as GatheringInput, and
// the API's field names mapped back onto the form's inputs.
import type { ListingFormFields } from "../../graphql/directory";
import type { ResultOf } from "../../graphql/graphql";
import { ApiError, type FieldErrors } from "../../lib/graphql-client";
import { textOf } from "../../lib/use-form-submit";
import type {
  AccessibilityFeature,
  AttendanceMode,
  GatheringInput,
  GatheringKind,
  Repeat,
  Weekday,
} from "./vocabulary";

export type ListingToEdit = ResultOf<typeof ListingFormFields>;

/** API field (as in `extensions.fields`) → the input the error summary links to. */
export const listingFieldIds: Record<string, string> = {
  name: "name",
  kind: "kind",
  description: "description",
  attendanceMode: "attendanceMode-IN_PERSON",
  "schedule.repeat": "repeat-ONCE",
  "schedule.startsOn": "startsOn",
  "schedule.startTime": "startTime",
  "schedule.durationMinutes": "durationHours",
  "schedule.weekdays": "weekdays-MO",
  "schedule.everyWeeks": "everyWeeks",
  "schedule.weeksOfMonth": "weeksOfMonth-1",
  "schedule.endsOn": "endsOn",
  place: "venueName",
  "place.venueName": "venueName",
  "place.address": "address",
  "place.town": "town",
  "place.postcode": "postcode",
  "place.latitude": "latitude",
  "place.longitude": "longitude",
  online: "onlineUrl",
  "online.url": "onlineUrl",
  "online.phone": "onlinePhone",
  "online.notes": "onlineNotes",
  accessibility: "accessibility-STEP_FREE",
  accessibilityNotes: "accessibilityNotes",
  tags: "tags-O",
  contactEmail: "contactEmail",
  contactPhone: "contactPhone",
  website: "website",
};

/** "tags.3" and "schedule.weekdays.0" belong to the whole group of checkboxes. */
export function withGroupedFields(error: ApiError) {
  const fields: FieldErrors = {};
  for (const [key, messages] of Object.entries(error.fields)) {
    const group = key.replace(/(\.\d+)+$/, "");
    fields[group] = [...(fields[group] ?? []), ...messages];
  }
  return new ApiError(error.code, error.message, fields, error.retryAfterSeconds);
}

/** The submitted form as GatheringInput. Numbers are checked here, where a typo is plain to see. */
export function gatheringInputFrom(data: FormData, timezone: string | null): GatheringInput {
  const problems: FieldErrors = {};
  const text = (name: string) => textOf(data, name);
  const optional = (name: string) => text(name) || null;
  const wholeNumber = (name: string, field: string, message: string) => {
    const value = text(name);
    if (value === "") return 0;
    if (/^\d{1,4}$/.test(value)) return Number(value);
    problems[field] = [message];
    return 0;
  };
  const coordinate = (name: string, field: string, example: string) => {
    const value = text(name);
    if (value === "") return null;
    if (/^-?\d{1,3}(\.\d+)?$/.test(value)) return Number(value);
    problems[field] = [`Use a number like ${example}.`];
    return null;
  };

  // The API checks all of this too; asking here means every missing answer is shown at once.
  const required = (name: string, field: string, message: string) => {
    if (!text(name)) problems[field] = [message];
  };
  required("name", "name", "Give the gathering a name.");
  const kind = text("kind") as GatheringKind | "";
  required("kind", "kind", "Choose what kind of gathering it is.");
  const mode = (text("attendanceMode") || "IN_PERSON") as AttendanceMode;
  const repeat = (text("repeat") || "ONCE") as Repeat;
  if (repeat !== "ONCE" && data.getAll("weekdays").length === 0) {
    problems["schedule.weekdays"] = ["Choose the day or days it happens."];
  }
  if (repeat === "MONTHLY_BY_WEEKDAY" && data.getAll("weeksOfMonth").length === 0) {
    problems["schedule.weeksOfMonth"] = ["Choose which week of the month."];
  }
  if (mode !== "ONLINE") {
    required("venueName", "place.venueName", "Give the venue's name.");
    required("address", "place.address", "Give the street address.");
    required("town", "place.town", "Give the town.");
    required("postcode", "place.postcode", "Give the postcode.");
  }
  required("startsOn", "schedule.startsOn", "Give the date of the first (or only) time.");
  required("startTime", "schedule.startTime", "Give the time it starts.");
  const hours = wholeNumber("durationHours", "schedule.durationMinutes", "Give the hours as a whole number, like 1.");
  const minutes = wholeNumber("durationMinutes", "schedule.durationMinutes", "Give the minutes as a number, like 30.");
  if (hours + minutes === 0 && !problems["schedule.durationMinutes"]) {
    problems["schedule.durationMinutes"] = ["Say how long it lasts."];
  }
  const everyWeeks = wholeNumber("everyWeeks", "schedule.everyWeeks", "Give a number of weeks, like 2.") || 1;
  const latitude = coordinate("latitude", "place.latitude", "53.5933");
  const longitude = coordinate("longitude", "place.longitude", "-2.2966");
  if ((latitude === null) !== (longitude === null)) {
    problems[latitude === null ? "place.latitude" : "place.longitude"] = ["Give both the latitude and the longitude."];
  }
  if (Object.keys(problems).length > 0) throw new ApiError("VALIDATION", "Please check what you entered.", problems);

  const online = { url: optional("onlineUrl"), phone: optional("onlinePhone"), notes: optional("onlineNotes") };
  return {
    name: text("name"),
    kind: kind as GatheringKind,
    description: text("description"),
    attendanceMode: mode,
    schedule: {
      repeat,
      startsOn: text("startsOn"),
      startTime: text("startTime"),
      durationMinutes: hours * 60 + minutes,
      timezone,
      weekdays: repeat === "ONCE" ? null : (data.getAll("weekdays") as Weekday[]),
      everyWeeks: repeat === "WEEKLY" ? everyWeeks : null,
      weeksOfMonth: repeat === "MONTHLY_BY_WEEKDAY" ? data.getAll("weeksOfMonth").map(Number) : null,
      endsOn: repeat === "ONCE" ? null : optional("endsOn"),
    },
    place:
      mode === "ONLINE"
        ? null
        : {
            venueName: text("venueName"),
            address: text("address"),
            town: text("town"),
            postcode: text("postcode"),
            latitude,
            longitude,
          },
    // Nothing given at all: send none, so the API asks for a way to join.
    online: mode === "IN_PERSON" || (!online.url && !online.phone && !online.notes) ? null : online,
    accessibility: mode === "ONLINE" ? [] : (data.getAll("accessibility") as AccessibilityFeature[]),
    accessibilityNotes: optional("accessibilityNotes"),
    tags: data.getAll("tags").map(String),
    contactEmail: optional("contactEmail"),
    contactPhone: optional("contactPhone"),
    website: optional("website"),
  };
}
