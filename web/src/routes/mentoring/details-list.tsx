// Term and detail pairs as a description list, leaving out any detail that is
// empty: a mentor's hidden fields and a person's unanswered questions.
export type DetailRow = [term: string, detail: string | null];

export function DetailsList({ rows }: { rows: DetailRow[] }) {
  const shown = rows.filter((row): row is [string, string] => Boolean(row[1]));
  if (shown.length === 0) return null;
  return (
    <dl className="details-list">
      {shown.map(([term, detail]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
