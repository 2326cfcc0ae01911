// /organisations/:slug/reports/commissioner?from=&to=: the organisation's report to
// its commissioners for a period (the last whole quarter unless chosen), ready to
// print on A4 or to download as the same report in a PDF. Every number has been
// through small-number suppression on the server; this page only shows them.
import { Link, useSearchParams } from "wouter";
import { Page } from "../../../components/page";
import { RefusalPage, type RefusalWords } from "../../../components/refusal-page";
import type { ResultOf } from "../../../graphql/graphql";
import { CommissionerReportQuery } from "../../../graphql/reports-commissioner";
import { useQuery } from "../../../lib/use-query";
import { formatLocalDate } from "../../directory/dates";
import { type Organisation, WithOrganisation } from "../../directory/organiser-gate";
import { PeriodForm } from "./period-form";
import { pdfAddress, periodFromSearch, type ReportPeriod } from "./report-period";
import { ReportTable } from "./report-table";

type Report = ResultOf<typeof CommissionerReportQuery>["commissionerReport"];

const reportRefusal: RefusalWords = {
  whySecondFactor:
    "Reports are drawn from people's support, so we ask for a code from your authenticator app before you see them.",
  forbiddenTitle: "Only coordinators can see reports",
  forbidden: "Coordinators and administrators of this organisation prepare its reports to commissioners.",
};

export function CommissionerReportPage({ slug }: { slug: string }) {
  return (
    <WithOrganisation slug={slug}>{(organisation) => <ReportForPeriod organisation={organisation} />}</WithOrganisation>
  );
}

function ReportForPeriod({ organisation }: { organisation: Organisation }) {
  const [search, setSearch] = useSearchParams();
  const period = periodFromSearch(search);
  const { state, reload } = useQuery(CommissionerReportQuery, { organisationId: organisation.id, ...period });
  if (state.status === "failed" && state.error.code !== "VALIDATION") {
    return <RefusalPage error={state.error} onRetry={reload} what="the report" words={reportRefusal} />;
  }
  return (
    <Page title={`${organisation.name}: report to commissioners`} heading="Report to commissioners">
      <PeriodForm
        period={period}
        errors={state.status === "failed" ? state.error.fields : {}}
        onChoose={({ from, to }: ReportPeriod) => setSearch({ from, to })}
      />
      {state.status === "loading" && <p role="status">Counting…</p>}
      {state.status === "ready" && (
        <ReportBody report={state.data.commissionerReport} pdfHref={pdfAddress(organisation.id, period)} />
      )}
      <p className="no-print">
        <Link href="/home">Your home page</Link>
      </p>
    </Page>
  );
}

function ReportBody({ report, pdfHref }: { report: Report; pdfHref: string }) {
  return (
    <article className="commissioner-report" aria-labelledby="report-for">
      <p className="lead" id="report-for" role="status">
        {report.organisationName}, {formatLocalDate(report.from)} to {formatLocalDate(report.to)}.
      </p>
      <p className="meta">Produced on {formatLocalDate(report.generatedOn)}.</p>
      <p className="actions no-print">
        <a href={pdfHref} className="button" download>
          Download PDF
        </a>
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          Print
        </button>
      </p>
      <section aria-labelledby="how-to-read" className="report-section">
        <h2 id="how-to-read">How to read this report</h2>
        <ul>
          {report.howToRead.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </section>
      {report.sections.map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`} className="report-section">
          <h2 id={`section-${section.key}`}>{section.title}</h2>
          {section.figures.length > 0 && (
            <dl className="report-figures">
              {section.figures.map((figure) => (
                <div key={figure.key}>
                  <dt>{figure.label}</dt>
                  <dd data-figure={figure.key}>{figure.text}</dd>
                </div>
              ))}
            </dl>
          )}
          {section.tables.map((table) => (
            <ReportTable key={table.key} table={table} />
          ))}
          {section.notes.map((note) => (
            <p key={note} className="hint">
              {note}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
