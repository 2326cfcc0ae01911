// A mentor's checks in plain words: whether they may mentor now, what is
// missing or running out, supervision, and every check on record. Shown to the
// mentor on their profile and to coordinators on the mentors page.
import type { ResultOf } from "../../../graphql/graphql";
import type { VettingFields } from "../../../graphql/mentoring";
import { formatLocalDate, formatLondonDay, todayInLondon } from "../../directory/dates";

export type Vetting = ResultOf<typeof VettingFields>;
type VettingRecord = Vetting["records"][number];

const soonDays = 30;

/** Whether a date (YYYY-MM-DD) falls within the next month, so it is time to renew. */
function isWithinAMonth(on: string | null, today = todayInLondon()) {
  if (!on) return false;
  const days = (Date.parse(`${on}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days <= soonDays;
}

/** One line: "Cleared to mentor", "Not cleared to mentor" or "Cleared, but a check runs out soon". */
function vettingHeadline(vetting: Vetting) {
  if (!vetting.isCurrent) return "Not cleared to mentor";
  if (isWithinAMonth(vetting.nextExpiresOn)) return "Cleared to mentor, but a check runs out soon";
  return "Cleared to mentor";
}

export function VettingSummary({ vetting, headingLevel = 3 }: { vetting: Vetting; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const supervisionOverdue = vetting.supervisionDueOn !== null && vetting.supervisionDueOn < todayInLondon();
  return (
    <div className={vetting.isCurrent ? "vetting vetting-current" : "vetting vetting-not-current"}>
      <Heading className="vetting-headline">{vettingHeadline(vetting)}</Heading>
      {vetting.problems.length > 0 && (
        <>
          <p>Still needed before mentoring:</p>
          <ul>
            {vetting.problems.map((problem) => (
              <li key={problem.code + problem.message}>{problem.message}</li>
            ))}
          </ul>
        </>
      )}
      {vetting.nextExpiresOn && (
        <p>
          The next check to renew runs out on <strong>{formatLocalDate(vetting.nextExpiresOn)}</strong>.
        </p>
      )}
      <p>
        {vetting.lastSupervisionOn
          ? `Last supervision: ${formatLocalDate(vetting.lastSupervisionOn)}.`
          : "No supervision recorded yet."}
        {vetting.supervisionDueOn &&
          (supervisionOverdue
            ? ` Supervision was due by ${formatLocalDate(vetting.supervisionDueOn)}: it's overdue.`
            : ` Next due by ${formatLocalDate(vetting.supervisionDueOn)}.`)}
      </p>
      {vetting.records.length > 0 && <VettingRecords records={vetting.records} />}
    </div>
  );
}

export const vettingKindLabels: Record<VettingRecord["kind"], string> = {
  TRAINING: "Training",
  CRIMINAL_RECORDS_CHECK: "DBS check",
  REFERENCE: "Reference",
  AGREEMENT: "Volunteer agreement",
};

export const outcomeLabels: Record<VettingRecord["outcome"], string> = {
  SATISFACTORY: "Satisfactory",
  PENDING: "Waiting for the result",
  NOT_SATISFACTORY: "Not satisfactory",
};

function VettingRecords({ records }: { records: VettingRecord[] }) {
  return (
    <details className="details">
      <summary>Checks on record ({records.length})</summary>
      <ul className="plain-list">
        {records.map((record) => (
          <li key={record.id}>
            <strong>{record.trainingName ?? vettingKindLabels[record.kind]}</strong>: {outcomeLabels[record.outcome]},
            done on {formatLocalDate(record.completedOn)}
            {record.expiresOn && `, runs out on ${formatLocalDate(record.expiresOn)}`}.
            <span className="meta">
              {" "}
              Recorded {formatLondonDay(record.recordedAt)}
              {record.recordedByName && ` by ${record.recordedByName}`}.
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
