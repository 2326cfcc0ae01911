// An RRULE value ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH") split into its named
// parts: for schedules in words, JSON-LD, and each feed's simpler model.
export type RuleParts = ReadonlyMap<string, string>;

export function ruleParts(recurrence: string): RuleParts {
  return new Map(
    recurrence
      .split(";")
      .filter(Boolean)
      .map((part) => {
        const [name = "", value = ""] = part.split("=");
        return [name.trim().toUpperCase(), value.trim().toUpperCase()];
      }),
  );
}

export const listOf = (parts: RuleParts, name: string): string[] => (parts.get(name) ?? "").split(",").filter(Boolean);

export const intervalOf = (parts: RuleParts): number => Number(parts.get("INTERVAL") ?? "1") || 1;

/** RFC 5545 weekday codes in Meeting Guide's order (0 = Sunday). */
export const weekdayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;
