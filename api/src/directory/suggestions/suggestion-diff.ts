// A suggestion side by side with the listing as it is now, field by field,
// so a moderator sees exactly what would change.
import type { SuggestableField } from "@kinship/db/schema";
import { describeSchedule } from "../describe-schedule";
import type { GatheringRow } from "../gathering-record";
import { suggestableFieldLabels } from "./suggestion-input";

export interface SuggestedChange {
  field: SuggestableField;
  label: string;
  current: string | null;
  proposed: string;
}

export function currentValue(gathering: GatheringRow | undefined, field: SuggestableField): string | null {
  if (!gathering) return null;
  if (field === "whenText") return describeSchedule(gathering);
  return gathering[field] ?? null;
}

export function suggestionDiff(
  changes: Partial<Record<SuggestableField, string>>,
  gathering: GatheringRow | undefined,
): SuggestedChange[] {
  return (Object.entries(changes) as [SuggestableField, string][]).map(([field, proposed]) => ({
    field,
    label: suggestableFieldLabels[field],
    current: currentValue(gathering, field),
    proposed,
  }));
}
