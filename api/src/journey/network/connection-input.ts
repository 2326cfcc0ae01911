// What a person may put on their network map, checked at the edge. The label is
// their own words ("Mum", "Tuesday SMART group"), so it is trimmed and kept short
// enough to draw beside a node on a phone.
import { closenessLevels, connectionInfluences, connectionKinds } from "@kinship/db/schema";
import { z } from "zod";

export const ZLabel = z
  .string()
  .trim()
  .min(1, "Give them a name or a word you'll recognise.")
  .max(60, "Keep the name to 60 characters.");

export const ZCloseness = z
  .number()
  .int("Choose how close: 1, 2 or 3.")
  .refine((value): value is (typeof closenessLevels)[number] => closenessLevels.some((level) => level === value), {
    message: "Choose how close: 1, 2 or 3.",
  });

export const ZConnectionInput = z.object({
  label: ZLabel,
  kind: z.enum(connectionKinds),
  influence: z.enum(connectionInfluences),
  closeness: ZCloseness,
});
export type ConnectionInput = z.output<typeof ZConnectionInput>;

/** Where a suggestion comes from: "match:<id>", "gathering:<id>" or "volunteering:<organisation id>". */
export const ZSuggestionKey = z
  .string()
  .max(100, "That suggestion isn't one we know.")
  .regex(/^(match|gathering|volunteering):[A-Za-z0-9_-]+$/, "That suggestion isn't one we know.");
