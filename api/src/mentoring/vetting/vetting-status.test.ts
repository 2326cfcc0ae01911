import { describe, expect, it } from "vitest";
import { addDays, addMonths, longDate } from "../../calendar-dates";
import { defaultMentoringSettings } from "../settings";
import { type VettingFacts, vettingStatus } from "./vetting-status";

const today = "2026-11-30";
let clock = 0;
const record = (
  kind: VettingFacts["kind"],
  completedOn: string,
  overrides: Partial<VettingFacts> = {},
): VettingFacts => ({
  kind,
  trainingCode: null,
  outcome: "satisfactory",
  completedOn,
  expiresOn: null,
  recordedAt: new Date(1_800_000_000_000 + clock++),
  ...overrides,
});
const training = (code: string, completedOn: string, overrides: Partial<VettingFacts> = {}) =>
  record("training", completedOn, { trainingCode: code, ...overrides });

/** Everything the default rules need, done on 1 June 2026, with supervision on 1 November. */
const complete = (): VettingFacts[] => [
  ...defaultMentoringSettings.requiredTraining.map((m) => training(m.code, "2026-06-01")),
  record("criminal_records_check", "2026-06-01"),
  record("reference", "2026-05-01"),
  record("reference", "2026-05-02"),
  record("agreement", "2026-06-01"),
];
const status = (records: VettingFacts[], supervisionHeldOn = ["2026-11-01"], settings = defaultMentoringSettings) =>
  vettingStatus({ records, settings, supervisionHeldOn, today });
const codes = (s: ReturnType<typeof status>) => s.problems.map((p) => p.code);

describe("calendar dates", () => {
  it("adds months the way people count them, and writes dates the UK way", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2027-12-15", 3)).toBe("2028-03-15");
    expect(addDays("2026-12-30", 5)).toBe("2027-01-04");
    expect(longDate("2026-03-03")).toBe("3 March 2026");
  });
});

describe("vetting status", () => {
  it("is current when every check is done, and says when the next one runs out", () => {
    const s = status(complete());
    expect(s).toMatchObject({ isCurrent: true, problems: [], lastSupervisionOn: "2026-11-01" });
    // The agreement (12 months) runs out first; supervision is due 56 days after the last session.
    expect(s.nextExpiresOn).toBe("2027-06-01");
    expect(s.supervisionDueOn).toBe("2026-12-27");
    expect(s.expiries[0]).toEqual({
      subject: "agreement",
      expiresOn: "2027-06-01",
      message: "The mentor agreement runs out on 1 June 2027.",
    });
  });

  it("names each missing check in plain words", () => {
    const s = status([], []);
    expect(s.isCurrent).toBe(false);
    expect(s.problems.map((p) => p.message)).toEqual([
      "Peer mentoring induction training has not been recorded yet.",
      "Safeguarding adults and children training has not been recorded yet.",
      "Boundaries and confidentiality training has not been recorded yet.",
      "Overdose awareness and naloxone training has not been recorded yet.",
      "No criminal records (DBS) check has been recorded yet.",
      "2 satisfactory references are needed and none has been recorded.",
      "No signed mentor agreement has been recorded yet.",
    ]);
    // No agreement means no supervision clock yet: the agreement is the problem.
    expect(s.supervisionDueOn).toBeNull();
  });

  it("says when training ran out, by the module's validity or the record's own end date", () => {
    const records = complete().filter((r) => r.trainingCode !== "safeguarding");
    records.push(training("safeguarding", "2023-03-03"));
    expect(status(records).problems).toEqual([
      {
        code: "training_expired",
        message: "Safeguarding adults and children training ran out on 3 March 2026.",
        subject: "safeguarding",
        date: "2026-03-03",
      },
    ]);
    // An earlier end date written on the certificate wins over the module's 36 months.
    records.push(training("safeguarding", "2026-06-01", { expiresOn: "2026-11-30" }));
    expect(status(records).problems[0]?.message).toBe(
      "Safeguarding adults and children training ran out on 30 November 2026.",
    );
    // Induction never runs out.
    const old = complete().map((r) => (r.trainingCode === "induction" ? { ...r, completedOn: "2001-01-01" } : r));
    expect(status(old).isCurrent).toBe(true);
  });

  it("lets the newest record of a check count: a later pending or failed one supersedes a good one", () => {
    const pending = [...complete(), record("criminal_records_check", "2026-11-20", { outcome: "pending" })];
    expect(codes(status(pending))).toEqual(["criminal_records_check_pending"]);
    const failed = [...complete(), training("boundaries", "2026-11-20", { outcome: "not_satisfactory" })];
    expect(status(failed).problems[0]?.message).toBe(
      "Boundaries and confidentiality training was recorded as not satisfactory on 20 November 2026.",
    );
    // A renewal after the failure makes it current again.
    expect(status([...failed, training("boundaries", "2026-11-25")]).isCurrent).toBe(true);
  });

  it("needs the criminal-records check only where the organisation requires it", () => {
    const without = complete().filter((r) => r.kind !== "criminal_records_check");
    expect(codes(status(without))).toEqual(["criminal_records_check_missing"]);
    expect(
      status(without, undefined, { ...defaultMentoringSettings, isCriminalRecordsCheckRequired: false }).isCurrent,
    ).toBe(true);
    const expired = [...without, record("criminal_records_check", "2023-11-30")];
    expect(status(expired).problems[0]?.message).toBe("The criminal records (DBS) check ran out on 30 November 2026.");
  });

  it("counts satisfactory, unexpired references", () => {
    const records = complete().filter((r) => r.kind !== "reference");
    records.push(record("reference", "2026-05-01"), record("reference", "2026-05-01", { outcome: "not_satisfactory" }));
    expect(status(records).problems).toEqual([
      expect.objectContaining({
        code: "references_missing",
        message: "2 satisfactory references are needed and 1 has been recorded.",
      }),
    ]);
    records.push(record("reference", "2026-05-03", { expiresOn: "2027-01-15" }));
    const s = status(records);
    expect(s.isCurrent).toBe(true);
    expect(s.nextExpiresOn).toBe("2027-01-15");
    expect(s.expiries[0]?.message).toBe("References run out on 15 January 2027.");
  });

  it("needs an agreement signed within its validity", () => {
    const records = complete().filter((r) => r.kind !== "agreement");
    records.push(record("agreement", "2025-11-29"));
    expect(status(records).problems.map((p) => p.message)).toEqual([
      "The mentor agreement ran out on 29 November 2026.",
    ]);
  });

  it("finds supervision overdue after the interval, with a grace period from the first agreement", () => {
    expect(status(complete(), ["2026-10-01"]).problems).toEqual([
      {
        code: "supervision_overdue",
        message: "Supervision is overdue since 26 November 2026.",
        subject: "supervision",
        date: "2026-11-26",
      },
    ]);
    // Due on the 30th itself is not yet overdue.
    expect(status(complete(), ["2026-10-05"]).isCurrent).toBe(true);
    // Never supervised: 56 days from the first satisfactory agreement.
    const newMentor = complete().map((r) => (r.kind === "agreement" ? { ...r, completedOn: "2026-10-20" } : r));
    const s = status(newMentor, []);
    expect(s).toMatchObject({ isCurrent: true, lastSupervisionOn: null, supervisionDueOn: "2026-12-15" });
    expect(codes(status(complete(), []))).toEqual(["supervision_overdue"]);
  });
});
