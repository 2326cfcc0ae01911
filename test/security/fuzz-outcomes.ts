// What the mutation fuzz learns per mutation: how many calls it sent, how many of
// the valid-by-construction ones succeeded, and whether any call succeeded where
// none may. A fuzz that only ever meets refusals never reaches the writes it is
// meant to test, so the run fails unless valid inputs got through.
import { Kind, parse } from "graphql";
import { expect } from "vitest";
import type { FuzzMutation } from "./fuzz-values";

/** The Mutation field a fuzz document calls (each document calls exactly one). */
export function mutationFieldOf(document: string): string {
  const fields = parse(document).definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? definition.selectionSet.selections.flatMap((selection) =>
          selection.kind === Kind.FIELD ? [selection.name.value] : [],
        )
      : [],
  );
  if (fields.length !== 1) throw new Error(`A fuzz document must call one mutation: ${document}`);
  return fields[0]!;
}

interface Outcome {
  sent: number;
  succeeded: number;
  validSent: number;
  validSucceeded: number;
  milliseconds: number;
}

export class FuzzOutcomes {
  private readonly byField = new Map<string, Outcome>();

  record(field: string, call: { isValid: boolean; hasSucceeded: boolean; milliseconds: number }) {
    const { isValid, hasSucceeded, milliseconds } = call;
    const empty = { sent: 0, succeeded: 0, validSent: 0, validSucceeded: 0, milliseconds: 0 };
    const outcome = this.byField.get(field) ?? empty;
    outcome.sent++;
    outcome.milliseconds += milliseconds;
    if (hasSucceeded) outcome.succeeded++;
    if (isValid) outcome.validSent++;
    if (isValid && hasSucceeded) outcome.validSucceeded++;
    this.byField.set(field, outcome);
  }

  /** One line per mutation, for the log: a run's shape is worth seeing even when it passes. */
  summary(): string {
    return [...this.byField.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([field, o]) =>
          `${field}: ${o.sent} sent, ${o.succeeded} succeeded (valid ${o.validSucceeded}/${o.validSent}), ${Math.round(o.milliseconds)} ms`,
      )
      .join("\n");
  }

  /** Valid inputs got through somewhere each mutation can succeed, and nowhere one cannot. */
  expectEachAsDeclared(mutations: readonly FuzzMutation[]) {
    const problems: string[] = [];
    for (const mutation of mutations) {
      const field = mutationFieldOf(mutation.document);
      const outcome = this.byField.get(field);
      if (mutation.valid && !outcome?.validSucceeded) {
        problems.push(`${field}: none of its ${outcome?.validSent ?? 0} valid calls succeeded`);
      }
      if (mutation.neverSucceedsBecause && outcome?.succeeded) {
        problems.push(`${field}: ${outcome.succeeded} calls succeeded, but ${mutation.neverSucceedsBecause}`);
      }
    }
    expect(problems).toEqual([]);
  }

  /** Mutations whose success the fuzz does not yet check (neither valid inputs nor a reason none succeed). */
  static unchecked(mutations: readonly FuzzMutation[]): string[] {
    return mutations.filter((m) => !m.valid && !m.neverSucceedsBecause).map((m) => mutationFieldOf(m.document));
  }
}
