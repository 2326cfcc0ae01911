// A gathering's next dates, with single cancelled or moved dates marked in words
// (not only colour) so nobody turns up to a locked door.

export interface OccurrenceView {
  /** "Monday 26 October 2026, 7pm to 8:30pm (GMT)" */
  text: string;
  dateTime: string;
  status: "scheduled" | "cancelled" | "moved";
  /** "Moved from Monday 19 October 2026", plus the organiser's note if any. */
  note: string | null;
}

const statusWords = { scheduled: null, cancelled: "Cancelled", moved: "Moved" } as const;

export function OccurrenceList({ occurrences }: { occurrences: OccurrenceView[] }) {
  return (
    <ul className="occurrence-list">
      {occurrences.map((occurrence) => {
        const status = statusWords[occurrence.status];
        return (
          <li key={`${occurrence.dateTime}-${occurrence.status}`} className={`occurrence-${occurrence.status}`}>
            {status && <strong className="status-label">{`${status}: `}</strong>}
            <time dateTime={occurrence.dateTime}>{occurrence.text}</time>
            {occurrence.note && <span className="occurrence-note"> {occurrence.note}</span>}
          </li>
        );
      })}
    </ul>
  );
}
