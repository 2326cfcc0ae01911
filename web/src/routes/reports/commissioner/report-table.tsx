// One table of the commissioner report, as the PDF draws it: a caption, the
// counts, and totals. A suppressed number shows "*" and says "not shown" to
// screen readers.
import type { ResultOf } from "../../../graphql/graphql";
import type { CommissionerReportQuery } from "../../../graphql/reports-commissioner";

type Table = ResultOf<typeof CommissionerReportQuery>["commissionerReport"]["sections"][number]["tables"][number];

const wholeNumber = new Intl.NumberFormat("en-GB");

function Count({ value }: { value: number | null }) {
  if (value !== null) return <>{wholeNumber.format(value)}</>;
  return (
    <>
      <span aria-hidden="true">*</span>
      <span className="visually-hidden">not shown</span>
    </>
  );
}

export function ReportTable({ table }: { table: Table }) {
  const titleId = `table-${table.key}`;
  const totals = table.hasRowTotals ? [...table.columnTotals, table.total] : [table.total];
  const hasHidden = [...table.rows.flatMap((row) => [...row.cells, row.total]), ...totals].includes(null);
  return (
    <div className="report-table-block">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <section className="table-scroll" aria-labelledby={titleId} tabIndex={0}>
        <table className="report-table" data-table={table.key}>
          <caption>
            <span id={titleId} className="report-table-title">
              {table.title}
            </span>
            <span className="report-table-caption">{table.caption}</span>
          </caption>
          <thead>
            <tr>
              <td />
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
              {table.hasRowTotals && <th scope="col">Total</th>}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, index) => (
                  <td key={table.columns[index]}>
                    <Count value={cell} />
                  </td>
                ))}
                {table.hasRowTotals && (
                  <td>
                    <Count value={row.total} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{table.totalLabel}</th>
              {totals.map((total, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the totals row has one cell per column, in order.
                <td key={index}>
                  <Count value={total} />
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </section>
      {hasHidden && <p className="hint">* not shown: see “How to read this report”.</p>}
    </div>
  );
}
