// The one form for listing a gathering and for editing one: what it is, when,
// where or how to join, accessibility, tags and contact. Problems from the API
// appear beside the fields they belong to.
import { useState } from "react";
import { ErrorSummary } from "../../components/error-summary";
import { TextField } from "../../components/text-field";
import { toApiError } from "../../lib/graphql-client";
import { useFormSubmit } from "../../lib/use-form-submit";
import { ChoiceGroup, SelectField, TextAreaField } from "./form-fields";
import { gatheringInputFrom, type ListingToEdit, listingFieldIds, withGroupedFields } from "./listing-form-values";
import { OnlineFields, PlaceFields } from "./listing-place-fields";
import { ScheduleFields } from "./listing-schedule-fields";
import { scheduleChoicesFrom } from "./schedule-choices";
import {
  type AttendanceMode,
  accessibilityLabels,
  commonTags,
  type GatheringInput,
  kindLabels,
  listOf,
  modeLabels,
} from "./vocabulary";

interface ListingFormProps {
  listing?: ListingToEdit;
  submitLabel: string;
  pendingLabel: string;
  onSave: (input: GatheringInput) => Promise<void>;
}

export function ListingForm({ listing, submitLabel, pendingLabel, onSave }: ListingFormProps) {
  const [mode, setMode] = useState<AttendanceMode>(listing?.attendanceMode ?? "IN_PERSON");
  const [scheduleChoices] = useState(() => scheduleChoicesFrom(listing?.recurrence));
  const { onSubmit, problems, isPending } = useFormSubmit(listingFieldIds, async (data) => {
    await onSave(gatheringInputFrom(data, listing?.timezone ?? null)).catch((error: unknown) => {
      throw withGroupedFields(toApiError(error));
    });
  });
  const errors = problems.byField;
  // Tags from elsewhere (such as an import) stay on the listing and in the list.
  const otherTags = (listing?.tags ?? [])
    .filter((tag) => !commonTags.some(([code]) => code === tag.code))
    .map((tag): [string, string] => [tag.code, tag.label]);

  return (
    <>
      <ErrorSummary problems={problems.summary} />
      <form onSubmit={onSubmit} noValidate>
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">About it</h2>
          <TextField id="name" label="Name" defaultValue={listing?.name} error={errors.name} maxLength={120} />
          <SelectField
            id="kind"
            label="What kind of gathering is it?"
            options={[["", "Choose one"], ...listOf(kindLabels)]}
            defaultValue={listing?.kind ?? ""}
            error={errors.kind}
          />
          <TextAreaField
            id="description"
            label="What to expect"
            hint="What happens, who it's for, and anything a newcomer would like to know."
            defaultValue={listing?.description}
            error={errors.description}
          />
          <ChoiceGroup
            name="attendanceMode"
            legend="How do people take part?"
            type="radio"
            choices={listOf(modeLabels)}
            checked={[mode]}
            error={errors["attendanceMode-IN_PERSON"]}
            onChange={(value) => setMode(value as AttendanceMode)}
          />
        </section>
        <ScheduleFields listing={listing} choices={scheduleChoices} errors={errors} />
        <PlaceFields listing={listing} mode={mode} errors={errors} />
        <OnlineFields listing={listing} mode={mode} errors={errors} />
        <section aria-labelledby="access-heading">
          <h2 id="access-heading">Accessibility</h2>
          <div hidden={mode === "ONLINE"}>
            <ChoiceGroup
              name="accessibility"
              legend="At the venue"
              hint="Tick everything that's true."
              type="checkbox"
              choices={listOf(accessibilityLabels)}
              checked={listing?.accessibility}
              error={errors["accessibility-STEP_FREE"]}
            />
          </div>
          <TextAreaField
            id="accessibilityNotes"
            label="Anything else about access (optional)"
            hint="For example: one small step at the door, or captions on the call."
            rows={3}
            defaultValue={listing?.accessibilityNotes ?? ""}
            error={errors.accessibilityNotes}
          />
        </section>
        <section aria-labelledby="tags-heading">
          <h2 id="tags-heading">Tags</h2>
          <ChoiceGroup
            name="tags"
            legend="Which of these describe it?"
            hint="They help people filter the finder. Tick any that apply."
            type="checkbox"
            choices={[...commonTags, ...otherTags]}
            checked={listing?.tags.map((tag) => tag.code)}
            error={errors["tags-O"]}
          />
        </section>
        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading">Contact (optional)</h2>
          <p className="hint">Shown on the public page, so people can ask before they come.</p>
          <TextField
            id="contactEmail"
            label="Email address"
            type="email"
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={listing?.contactEmail ?? ""}
            error={errors.contactEmail}
          />
          <TextField
            id="contactPhone"
            label="Phone number"
            type="tel"
            defaultValue={listing?.contactPhone ?? ""}
            error={errors.contactPhone}
          />
          <TextField
            id="website"
            label="Website"
            hint="The full address, starting https://"
            type="url"
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={listing?.website ?? ""}
            error={errors.website}
          />
        </section>
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? pendingLabel : submitLabel}
        </button>
      </form>
    </>
  );
}
