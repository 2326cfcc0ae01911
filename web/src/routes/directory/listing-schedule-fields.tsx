// "When it happens" in the listing form: how often, the first date and time,
// how long, and the days. Choices that do not apply to how often are hidden,
// not removed, so nothing typed is lost when someone changes their mind.
import { useState } from "react";
import { TextField } from "../../components/text-field";
import { ChoiceGroup } from "./form-fields";
import type { ListingToEdit } from "./listing-form-values";
import type { ScheduleChoices } from "./schedule-choices";
import { listOf, type Repeat, repeatLabels, weekdayLabels, weekOfMonthLabels } from "./vocabulary";

interface ScheduleFieldsProps {
  listing: ListingToEdit | undefined;
  choices: ScheduleChoices;
  errors: Record<string, string>;
}

export function ScheduleFields({ listing, choices, errors }: ScheduleFieldsProps) {
  const [repeat, setRepeat] = useState<Repeat>(choices.repeat);
  const duration = listing?.durationMinutes ?? 0;
  return (
    <section aria-labelledby="when-heading">
      <h2 id="when-heading">When it happens</h2>
      {choices.isUnrepresentable && listing && (
        <p className="warning">
          It's listed as "{listing.schedule}", which this form can't show. Please choose when it happens again below.
        </p>
      )}
      <ChoiceGroup
        name="repeat"
        legend="How often"
        type="radio"
        choices={listOf(repeatLabels)}
        checked={[choices.repeat]}
        error={errors["repeat-ONCE"]}
        onChange={(value) => setRepeat(value as Repeat)}
      />
      <TextField
        id="startsOn"
        label={repeat === "ONCE" ? "Date" : "Date of the first time"}
        hint={repeat === "ONCE" ? undefined : "It can be in the past if it has been running a while."}
        type="date"
        defaultValue={listing?.startsOn}
        error={errors.startsOn}
      />
      <TextField
        id="startTime"
        label="Start time"
        hint="UK time."
        type="time"
        defaultValue={listing?.startTime}
        error={errors.startTime}
      />
      <fieldset
        className={errors.durationHours ? "choices field-with-error" : "choices"}
        aria-describedby={errors.durationHours ? "duration-error" : undefined}
      >
        <legend>How long it lasts</legend>
        {errors.durationHours && (
          <p className="field-error" id="duration-error">
            <span className="visually-hidden">Error: </span>
            {errors.durationHours}
          </p>
        )}
        <div className="inline-fields">
          <TextField
            id="durationHours"
            label="Hours"
            inputMode="numeric"
            className="input-short"
            defaultValue={listing ? String(Math.floor(duration / 60)) : ""}
          />
          <TextField
            id="durationMinutes"
            label="Minutes"
            inputMode="numeric"
            className="input-short"
            defaultValue={listing ? String(duration % 60) : ""}
          />
        </div>
      </fieldset>
      <div hidden={repeat === "ONCE"}>
        <ChoiceGroup
          name="weekdays"
          legend="Which days"
          hint={repeat === "MONTHLY_BY_WEEKDAY" ? "Choose one day." : "Choose every day it happens."}
          type="checkbox"
          choices={listOf(weekdayLabels)}
          checked={choices.weekdays}
          error={errors["weekdays-MO"]}
        />
        <div hidden={repeat !== "WEEKLY"}>
          <TextField
            id="everyWeeks"
            label="Every how many weeks?"
            hint="1 for every week, 2 for every other week."
            inputMode="numeric"
            className="input-short"
            defaultValue={String(choices.everyWeeks)}
            error={errors.everyWeeks}
          />
        </div>
        <div hidden={repeat !== "MONTHLY_BY_WEEKDAY"}>
          <ChoiceGroup
            name="weeksOfMonth"
            legend="Which weeks of the month"
            hint="For example, the first and third Monday."
            type="checkbox"
            choices={weekOfMonthLabels.map(([week, label]) => [String(week), label])}
            checked={choices.weeksOfMonth.map(String)}
            error={errors["weeksOfMonth-1"]}
          />
        </div>
        <TextField
          id="endsOn"
          label="Date of the last time (optional)"
          hint="Leave empty if it carries on."
          type="date"
          defaultValue={choices.endsOn}
          error={errors.endsOn}
        />
      </div>
    </section>
  );
}
