// Whether a mentor's vetting is current, and if not, why, in plain words. Pure:
// the records, the organisation's rules and the supervision dates go in, the
// status comes out, so matching, the profile page and the lapse sweep agree.
//
// The rules:
// - The newest record of each check counts (latest completedOn, then latest
//   recordedAt): a later pending or not-satisfactory record supersedes an older
//   satisfactory one. References are the exception: each is from a different
//   referee, so satisfactory unexpired references are counted.
// - A record runs out on the earlier of its own expiresOn and completedOn plus
//   the organisation's validity (training module validForMonths, criminal-records
//   months, agreement months); it is current before that day, not on it.
// - Supervision is due supervisionEveryDays after the last session. A mentor
//   with no supervision yet is given the same grace from their first satisfactory
//   agreement; with no agreement either, the missing agreement is the problem.
import type { TrainingModule, VettingKind, VettingOutcome } from "@kinship/db/schema";
import { addDays, addMonths, earliest, longDate } from "../../calendar-dates";
import type { MentoringSettings } from "../settings";

export interface VettingFacts {
  kind: VettingKind;
  trainingCode: string | null;
  outcome: VettingOutcome;
  completedOn: string;
  expiresOn: string | null;
  recordedAt: Date;
}

type Check = "training" | "criminal_records_check" | "references" | "agreement" | "supervision";
type State = "missing" | "pending" | "not_satisfactory" | "expired" | "overdue";

export interface VettingProblem {
  /** e.g. training_expired, references_missing, supervision_overdue. */
  code: `${Check}_${State}`;
  message: string;
  /** What the problem is about: a training code, or the check's kind. */
  subject: string;
  /** The date the message names (ran out on, overdue since), if any. */
  date: string | null;
}

/** A current record's end date, for warnings before it runs out. */
export interface Expiry {
  subject: string;
  expiresOn: string;
  /** "The mentor agreement runs out on 3 March 2027." */
  message: string;
}

export interface VettingStatus {
  isCurrent: boolean;
  problems: VettingProblem[];
  nextExpiresOn: string | null;
  lastSupervisionOn: string | null;
  supervisionDueOn: string | null;
  expiries: Expiry[];
}

type Rules = Pick<
  MentoringSettings,
  | "requiredTraining"
  | "isCriminalRecordsCheckRequired"
  | "criminalRecordsCheckValidMonths"
  | "referencesRequired"
  | "agreementValidMonths"
  | "supervisionEveryDays"
>;

const newestFirst = (a: VettingFacts, b: VettingFacts) =>
  b.completedOn.localeCompare(a.completedOn) || b.recordedAt.getTime() - a.recordedAt.getTime();

const runsOutOn = (record: VettingFacts, validForMonths: number | null) =>
  earliest([record.expiresOn, validForMonths === null ? null : addMonths(record.completedOn, validForMonths)]);

interface SingleCheck {
  check: Check;
  subject: string;
  records: VettingFacts[];
  validForMonths: number | null;
  words: { name: string; missing: string; pending: string };
}

export function vettingStatus({
  records,
  settings,
  supervisionHeldOn,
  today,
}: {
  records: readonly VettingFacts[];
  settings: Rules;
  supervisionHeldOn: readonly string[];
  today: string;
}): VettingStatus {
  const problems: VettingProblem[] = [];
  const expiries: Expiry[] = [];
  const ofKind = (kind: VettingKind, code: string | null = null) =>
    records.filter((r) => r.kind === kind && (code === null || r.trainingCode === code)).sort(newestFirst);

  const single = ({ check, subject, records: history, validForMonths, words }: SingleCheck) => {
    const newest = history[0];
    const problem = (state: State, message: string, date: string | null = null) =>
      problems.push({ code: `${check}_${state}`, message, subject, date });
    if (!newest) return problem("missing", words.missing);
    if (newest.outcome === "pending") return problem("pending", words.pending);
    if (newest.outcome === "not_satisfactory") {
      return problem(
        "not_satisfactory",
        `${capitalise(words.name)} was recorded as not satisfactory on ${longDate(newest.completedOn)}.`,
        newest.completedOn,
      );
    }
    const end = runsOutOn(newest, validForMonths);
    if (end !== null && end <= today) {
      return problem("expired", `${capitalise(words.name)} ran out on ${longDate(end)}.`, end);
    }
    if (end !== null) {
      expiries.push({ subject, expiresOn: end, message: `${capitalise(words.name)} runs out on ${longDate(end)}.` });
    }
  };

  for (const module of settings.requiredTraining) single(trainingCheck(module, ofKind("training", module.code)));
  if (settings.isCriminalRecordsCheckRequired) {
    single({
      check: "criminal_records_check",
      subject: "criminal_records_check",
      records: ofKind("criminal_records_check"),
      validForMonths: settings.criminalRecordsCheckValidMonths,
      words: {
        name: "the criminal records (DBS) check",
        missing: "No criminal records (DBS) check has been recorded yet.",
        pending: "The criminal records (DBS) check is waiting for a result.",
      },
    });
  }
  checkReferences(ofKind("reference"), settings.referencesRequired, today, problems, expiries);
  const agreements = ofKind("agreement");
  single({
    check: "agreement",
    subject: "agreement",
    records: agreements,
    validForMonths: settings.agreementValidMonths,
    words: {
      name: "the mentor agreement",
      missing: "No signed mentor agreement has been recorded yet.",
      pending: "The mentor agreement is waiting to be signed.",
    },
  });

  const lastSupervisionOn = [...supervisionHeldOn].sort().at(-1) ?? null;
  const firstAgreement = agreements
    .filter((r) => r.outcome === "satisfactory")
    .map((r) => r.completedOn)
    .sort()[0];
  const supervisionFrom = lastSupervisionOn ?? firstAgreement ?? null;
  const supervisionDueOn = supervisionFrom ? addDays(supervisionFrom, settings.supervisionEveryDays) : null;
  if (supervisionDueOn !== null && supervisionDueOn < today) {
    problems.push({
      code: "supervision_overdue",
      message: `Supervision is overdue since ${longDate(supervisionDueOn)}.`,
      subject: "supervision",
      date: supervisionDueOn,
    });
  }

  expiries.sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
  return {
    isCurrent: problems.length === 0,
    problems,
    nextExpiresOn: expiries[0]?.expiresOn ?? null,
    lastSupervisionOn,
    supervisionDueOn,
    expiries,
  };
}

function trainingCheck(module: TrainingModule, records: VettingFacts[]): SingleCheck {
  const name = `${module.name} training`;
  return {
    check: "training",
    subject: module.code,
    records,
    validForMonths: module.validForMonths,
    words: {
      name,
      missing: `${capitalise(name)} has not been recorded yet.`,
      pending: `${capitalise(name)} is waiting for a result.`,
    },
  };
}

function checkReferences(
  references: VettingFacts[],
  required: number,
  today: string,
  problems: VettingProblem[],
  expiries: Expiry[],
) {
  const good = references
    .filter((r) => r.outcome === "satisfactory")
    .map((r) => ({ record: r, end: runsOutOn(r, null) }))
    .filter(({ end }) => end === null || end > today);
  if (good.length < required) {
    const have = good.length === 0 ? "none has" : `${good.length} ${good.length === 1 ? "has" : "have"}`;
    const needed = `${required} satisfactory ${required === 1 ? "reference is" : "references are"} needed`;
    problems.push({
      code: "references_missing",
      message: `${needed} and ${have} been recorded.`,
      subject: "references",
      date: null,
    });
    return;
  }
  // The set stays complete until the reference that keeps the count up runs out.
  const ends = good.map(({ end }) => end).sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  const lapsesOn = required > 0 ? ends[good.length - required] : null;
  if (lapsesOn) {
    expiries.push({
      subject: "references",
      expiresOn: lapsesOn,
      message: `References run out on ${longDate(lapsesOn)}.`,
    });
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
