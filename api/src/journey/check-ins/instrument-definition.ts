// What makes an instrument definition loadable: an organisation pastes the JSON of
// a published instrument it is licensed for, and every problem comes back with its
// path ("items.3.domain") so the admin can find it in what they pasted.
import { type InstrumentDefinition, outcomeAreas, recoveryDomains } from "@kinship/db/schema";
import { z } from "zod";
import type { FieldProblems } from "../../errors";

const percent = z.number().min(0, "Use a percentage from 0 to 100.").max(100, "Use a percentage from 0 to 100.");
const words = (max: number) =>
  z.string().trim().min(1, "This can't be empty.").max(max, `Keep this to ${max} characters.`);

const ZInstrumentItem = z.object({
  code: z.string().regex(/^[a-z0-9_-]{1,40}$/, "Use up to 40 lower-case letters, digits, hyphens or underscores."),
  domain: z.enum(recoveryDomains, { error: `Use one of the domains: ${recoveryDomains.join(", ")}.` }),
  text: words(300),
  isReversed: z.boolean().default(false),
  outcome: z
    .enum(outcomeAreas, { error: `Use one of: ${outcomeAreas.join(", ")}, or null.` })
    .nullable()
    .default(null),
});

const ZScale = z
  .object({
    min: z.number().int("Use a whole number."),
    max: z.number().int("Use a whole number."),
    labels: z.array(words(60)),
  })
  .superRefine((scale, check) => {
    const points = scale.max - scale.min + 1;
    if (points < 2 || points > 11) {
      check.addIssue({ code: "custom", path: ["max"], message: "A scale has from 2 to 11 points (max above min)." });
    } else if (scale.labels.length !== points) {
      check.addIssue({
        code: "custom",
        path: ["labels"],
        message: `Give one label for each point of the scale: ${points} labels for ${scale.min} to ${scale.max}.`,
      });
    }
  });

export const ZInstrumentDefinition = z
  .object({
    items: z.array(ZInstrumentItem).min(1, "An instrument has at least one item.").max(100, "Use at most 100 items."),
    scale: ZScale,
    strengthAtLeastPercent: percent,
    gapAtMostPercent: percent,
    bands: z
      .array(z.object({ fromPercent: percent, label: words(60), meaning: words(300) }))
      .min(1, "Give at least one band."),
    suggestedEveryWeeks: z.number().int("Use whole weeks.").min(1, "Use 1 to 52 weeks.").max(52, "Use 1 to 52 weeks."),
  })
  .superRefine((definition, check) => {
    const seen = new Set<string>();
    definition.items.forEach((item, index) => {
      if (seen.has(item.code)) {
        check.addIssue({
          code: "custom",
          path: ["items", index, "code"],
          message: `The code “${item.code}” is used twice.`,
        });
      }
      seen.add(item.code);
    });
    definition.bands.forEach((band, index) => {
      const before = definition.bands[index - 1];
      if (index === 0 && band.fromPercent !== 0) {
        check.addIssue({ code: "custom", path: ["bands", 0, "fromPercent"], message: "The first band starts at 0." });
      } else if (before && band.fromPercent <= before.fromPercent) {
        check.addIssue({
          code: "custom",
          path: ["bands", index, "fromPercent"],
          message: "Bands go upwards: each starts above the one before.",
        });
      }
    });
    if (definition.gapAtMostPercent >= definition.strengthAtLeastPercent) {
      check.addIssue({
        code: "custom",
        path: ["gapAtMostPercent"],
        message: "A gap must be below a strength: make gapAtMostPercent less than strengthAtLeastPercent.",
      });
    }
  });

const typeWords: Record<string, string> = {
  array: "a list in square brackets",
  object: "an object in curly brackets",
  number: "a number",
  string: "text in double quotes",
  boolean: "true or false",
};

// Zod's own words for a missing or mistyped value are for programmers; admins get these.
function plainMessage(issue: z.core.$ZodIssue) {
  if (issue.code !== "invalid_type") return issue.message;
  if (/received undefined$/.test(issue.message)) return "This is missing.";
  return `This should be ${typeWords[issue.expected] ?? issue.expected}.`;
}

export type DefinitionResult =
  | { definition: InstrumentDefinition; problems: null }
  | { definition: null; problems: FieldProblems };

/** Parses pasted JSON into a definition, or every problem keyed by its path in the JSON. */
export function parseInstrumentDefinition(json: string): DefinitionResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {
      definition: null,
      problems: { definitionJson: ["That isn't valid JSON. Check the brackets, commas and quotes."] },
    };
  }
  const parsed = ZInstrumentDefinition.safeParse(value);
  if (parsed.success) return { definition: parsed.data, problems: null };
  const problems: FieldProblems = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join(".") || "definitionJson";
    problems[path] = [...(problems[path] ?? []), plainMessage(issue)];
  }
  return { definition: null, problems };
}
