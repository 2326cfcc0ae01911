// Vetting records and supervision for each demo mentor's state, so the
// coordinator's screens show every way a mentor can be (or stop being) matchable.
import type { TrainingModule } from "../schema";
import { addMonths, dateDaysAgo } from "./demo-dates";
import type { DemoVettingState } from "./demo-mentors";

interface VettingRow {
  kind: "training" | "criminal_records_check" | "reference" | "agreement";
  trainingCode: string | null;
  outcome: "satisfactory" | "pending" | "not_satisfactory";
  completedOn: string;
  expiresOn: string | null;
}

/** The vetting history for `state`, and how many days ago supervision happened (newest first). */
export function demoVetting(state: DemoVettingState, training: TrainingModule[], now: Date) {
  if (state === "new") {
    return {
      records: [record("training", "induction", dateDaysAgo(now, 5), null)],
      supervisionDaysAgo: [] as number[],
    };
  }
  const records: VettingRow[] = training.map((module, i) => {
    const completedOn = dateDaysAgo(now, 420 - i * 90);
    const expiresOn = module.validForMonths ? addMonths(completedOn, module.validForMonths) : null;
    return record("training", module.code, completedOn, expiresOn);
  });
  if (state === "training_expired") {
    const completedOn = dateDaysAgo(now, 3 * 365 + 20);
    replace(records, "safeguarding", record("training", "safeguarding", completedOn, addMonths(completedOn, 36)));
  }
  if (state === "expiring_soon") {
    replace(records, "naloxone", record("training", "naloxone", dateDaysAgo(now, 718), dateDaysAgo(now, -12)));
  }
  // A pending check was applied for a fortnight ago and has no expiry until it comes back.
  const isCheckPending = state === "criminal_records_check_pending";
  const check = dateDaysAgo(now, isCheckPending ? 14 : 500);
  records.push(
    isCheckPending
      ? record("criminal_records_check", null, check, null, "pending")
      : record("criminal_records_check", null, check, addMonths(check, 36)),
    record("reference", null, dateDaysAgo(now, 520), null),
  );
  if (state !== "reference_missing") records.push(record("reference", null, dateDaysAgo(now, 510), null));
  const agreement = dateDaysAgo(now, state === "agreement_expired" ? 380 : 90);
  records.push(record("agreement", null, agreement, addMonths(agreement, 12)));
  return {
    records,
    supervisionDaysAgo: state === "supervision_overdue" ? [75, 140] : [20, 80],
  };
}

function record(
  kind: VettingRow["kind"],
  trainingCode: string | null,
  completedOn: string,
  expiresOn: string | null,
  outcome: VettingRow["outcome"] = "satisfactory",
): VettingRow {
  return { kind, trainingCode, outcome, completedOn, expiresOn };
}

function replace(records: VettingRow[], code: string, row: VettingRow) {
  const index = records.findIndex((r) => r.trainingCode === code);
  records[index] = row;
}
