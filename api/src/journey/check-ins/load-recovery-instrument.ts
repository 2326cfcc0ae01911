// An organisation's admin loads an instrument it is licensed to use, as data: the
// definition is parsed and checked, then stored as a new row. A new version is a
// new row, so check-ins already taken keep the definition they were answered on.
import { newId, schema } from "@kinship/db";
import { z } from "zod";
import { AppError, validationError } from "../../errors";
import type { Context } from "../../graphql/context";
import { parseInstrumentDefinition } from "./instrument-definition";
import { loadInstrument } from "./instrument-record";

export const ZInstrumentInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,60}$/, "Use 2 to 60 lower-case letters, digits or hyphens, like “recovery-capital”."),
  version: z.number().int("Use a whole number.").min(1, "Versions start at 1.").max(1000, "Use a version up to 1000."),
  name: z.string().trim().min(1, "Give the instrument a name.").max(120, "Keep the name to 120 characters."),
  attribution: z
    .string()
    .trim()
    .min(1, "Say whose instrument it is and under what licence you use it.")
    .max(500, "Keep the attribution to 500 characters."),
  definitionJson: z.string().max(100_000, "The definition can be at most 100,000 characters."),
});
export type InstrumentInput = z.output<typeof ZInstrumentInput>;

export async function loadRecoveryInstrument({
  ctx,
  organisationId,
  input,
}: {
  ctx: Context;
  organisationId: string;
  input: InstrumentInput;
}) {
  const parsed = parseInstrumentDefinition(input.definitionJson);
  if (parsed.problems)
    throw validationError(parsed.problems, "The definition has problems. Each is listed with where it is.");
  const id = newId();
  const inserted = await ctx.db
    .insert(schema.recoveryInstruments)
    .values({
      id,
      organisationId,
      code: input.code,
      version: input.version,
      name: input.name,
      attribution: input.attribution,
      definition: parsed.definition,
      createdAt: ctx.now(),
    })
    .onConflictDoNothing();
  if (inserted.rowsAffected === 0) {
    throw new AppError(
      "CONFLICT",
      `Version ${input.version} of “${input.code}” is already loaded. Load the changed definition as a new version.`,
    );
  }
  return (await loadInstrument(ctx, id))!;
}
