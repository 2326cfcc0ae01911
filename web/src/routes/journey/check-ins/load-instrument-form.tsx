// An admin loads an instrument their organisation is licensed for by pasting its
// definition as JSON. Each problem in the definition is listed with where it is
// ("items.3.domain"), so it can be found and fixed in what was pasted.
import { useState } from "react";
import { ErrorSummary } from "../../../components/error-summary";
import { TextField } from "../../../components/text-field";
import { LoadRecoveryInstrumentMutation } from "../../../graphql/journey-check-ins";
import { ApiError, request, toApiError } from "../../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../../lib/use-form-submit";
import { TextAreaField } from "../../directory/form-fields";

const fieldIds = {
  code: "instrument-code",
  version: "instrument-version",
  name: "instrument-name",
  attribution: "instrument-attribution",
  definitionJson: "instrument-definition",
};

// Problems inside the definition keep their path in the message. The first is
// shown at the JSON box (and links to it from the summary); the rest are listed.
function withPaths(error: ApiError) {
  const fields: Record<string, string[]> = {};
  const inDefinition: string[] = [];
  for (const [path, messages] of Object.entries(error.fields)) {
    if (path in fieldIds) fields[path] = messages;
    else inDefinition.push(...messages.map((message) => `In the definition at ${path}: ${message}`));
  }
  if (inDefinition.length === 0) return error;
  const [first, ...rest] = inDefinition;
  fields.definitionJson = [first!];
  rest.forEach((message, index) => {
    fields[`definition problem ${index + 2}`] = [message];
  });
  return new ApiError(error.code, error.message, fields);
}

export function LoadInstrumentForm({ organisationId, onLoaded }: { organisationId: string; onLoaded: () => void }) {
  const [formKey, setFormKey] = useState(0);
  const [loaded, setLoaded] = useState<string | null>(null);
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    setLoaded(null);
    try {
      const result = await request(LoadRecoveryInstrumentMutation, {
        organisationId,
        input: {
          code: textOf(data, fieldIds.code),
          version: Math.round(Number(textOf(data, fieldIds.version))) || 0,
          name: textOf(data, fieldIds.name),
          attribution: textOf(data, fieldIds.attribution),
          definitionJson: textOf(data, fieldIds.definitionJson),
        },
      });
      const { name, version } = result.loadRecoveryInstrument;
      setLoaded(`“${name}” version ${version} is loaded. You can now offer it to your members.`);
      setFormKey((key) => key + 1);
      onLoaded();
    } catch (error) {
      throw withPaths(toApiError(error));
    }
  });
  const errors = problems.byField;
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate aria-labelledby="load-instrument-heading">
      <h2 id="load-instrument-heading">Load an instrument</h2>
      <p>
        If your organisation is licensed to use a published recovery-capital instrument, paste its definition here: its
        statements, answer scale, bands and thresholds. Your members can use it at once, with no change to Kinship.
      </p>
      <p className={loaded ? "notice" : "visually-hidden"} role="status">
        {loaded}
      </p>
      <ErrorSummary problems={problems.summary} />
      <TextField id={fieldIds.name} label="Name" error={errors[fieldIds.name]} />
      <TextField
        id={fieldIds.code}
        label="Code"
        hint="Lower-case letters, digits and hyphens, the same for every version, like “recovery-capital”."
        error={errors[fieldIds.code]}
      />
      <TextField
        id={fieldIds.version}
        label="Version"
        type="number"
        inputMode="numeric"
        min={1}
        className="input-short"
        defaultValue="1"
        error={errors[fieldIds.version]}
      />
      <TextAreaField
        id={fieldIds.attribution}
        label="Whose it is and under what licence you use it"
        hint="Shown with every result."
        rows={2}
        error={errors[fieldIds.attribution]}
      />
      <TextAreaField
        id={fieldIds.definitionJson}
        label="Definition (JSON)"
        hint="A new version never changes check-ins already taken with an earlier one."
        rows={12}
        className="code-input"
        spellCheck={false}
        error={errors[fieldIds.definitionJson]}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={isPending}>
          Load instrument
        </button>
      </div>
    </form>
  );
}
