// The fields of a suggestion, shared by "Suggest a change" and "Suggest a
// listing": plain text only, each one optional, with what the listing says now
// beside it so people only fill in what is different.
import { TextField } from "../../components/text-field";
import type { SuggestListingChangeMutation } from "../../graphql/directory";
import type { VariablesOf } from "../../graphql/graphql";
import { ApiError, toApiError } from "../../lib/graphql-client";
import { textOf } from "../../lib/use-form-submit";
import { TextAreaField } from "./form-fields";

type Changes = VariablesOf<typeof SuggestListingChangeMutation>["input"]["changes"];
export type SuggestableField = keyof Changes & string;
export type CurrentValues = Partial<Record<SuggestableField, string | null | undefined>>;

interface FieldSpec {
  field: SuggestableField;
  label: string;
  hint?: string;
  isLong?: boolean;
  type?: "email" | "tel" | "url";
}

const groups: { heading: string; fields: FieldSpec[] }[] = [
  {
    heading: "About it",
    fields: [
      { field: "name", label: "Name" },
      { field: "description", label: "What to expect", isLong: true },
      {
        field: "whenText",
        label: "When it happens",
        hint: "In your own words, for example: now on Thursdays at 7pm.",
        isLong: true,
      },
    ],
  },
  {
    heading: "Where",
    fields: [
      { field: "venueName", label: "Venue" },
      { field: "address", label: "Street address" },
      { field: "town", label: "Town" },
      { field: "postcode", label: "Postcode" },
      {
        field: "accessibilityNotes",
        label: "Accessibility",
        hint: "For example: step-free, hearing loop.",
        isLong: true,
      },
    ],
  },
  {
    heading: "Joining online",
    fields: [
      { field: "onlineUrl", label: "Link to join", hint: "The full address, starting https://", type: "url" },
      { field: "onlinePhone", label: "Phone number to join", type: "tel" },
      { field: "onlineNotes", label: "Joining notes", isLong: true },
    ],
  },
  {
    heading: "Contact",
    fields: [
      { field: "contactEmail", label: "Contact email", type: "email" },
      { field: "contactPhone", label: "Contact phone", type: "tel" },
      { field: "website", label: "Website", hint: "The full address, starting https://", type: "url" },
    ],
  },
];
const allFields = groups.flatMap((group) => group.fields.map((spec) => spec.field));

/** `changes.name` → the name box, and so on; plus the message and the organisation. */
export const suggestionFieldIds: Record<string, string> = {
  organisationId: "organisationId",
  ...Object.fromEntries(allFields.map((field) => [`changes.${field}`, field])),
  message: "message",
};

/** Only the boxes someone filled in: an empty box means "no change". */
export function changesFrom(data: FormData): Changes {
  return Object.fromEntries(allFields.flatMap((field) => (textOf(data, field) ? [[field, textOf(data, field)]] : [])));
}

/** Too many suggestions from one connection in an hour: say when to try again, in minutes. */
export function kinderRateLimit(error: unknown): ApiError {
  const apiError = toApiError(error);
  if (apiError.code !== "RATE_LIMITED") return apiError;
  const minutes = Math.max(1, Math.ceil((apiError.retryAfterSeconds ?? 3600) / 60));
  return new ApiError(
    apiError.code,
    `Thank you for all your suggestions. We take a limited number from each connection in an hour, so please try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
  );
}

// A long "what to expect" would bury the box under its hint.
const shortened = (text: string) => (text.length > 160 ? `${text.slice(0, 150).trimEnd()}…` : text);

export function SuggestionFields({ current, errors }: { current?: CurrentValues; errors: Record<string, string> }) {
  return groups.map((group) => (
    <section key={group.heading} aria-labelledby={`${group.heading}-heading`.replaceAll(" ", "-")}>
      <h2 id={`${group.heading}-heading`.replaceAll(" ", "-")}>{group.heading}</h2>
      {group.fields.map(({ field, label, hint, isLong, type }) => {
        const now = current && `Now: ${shortened(current[field] || "not given")}`;
        const fullHint =
          now && hint ? (
            <>
              {now}
              <br />
              {hint}
            </>
          ) : (
            (now ?? hint)
          );
        const common = { id: field, label, hint: fullHint, error: errors[field] };
        return isLong ? (
          <TextAreaField key={field} {...common} rows={3} />
        ) : (
          <TextField key={field} {...common} type={type ?? "text"} autoComplete="off" />
        );
      })}
    </section>
  ));
}

/** The closing part of both suggestion forms: an optional message and the send button. */
export function SuggestionMessageAndSend({
  hint,
  error,
  isPending,
}: {
  hint: string;
  error: string | undefined;
  isPending: boolean;
}) {
  return (
    <>
      <h2>Anything else?</h2>
      <TextAreaField id="message" label="Your message (optional)" hint={hint} maxLength={1000} error={error} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Sending…" : "Send suggestion"}
      </button>
    </>
  );
}
