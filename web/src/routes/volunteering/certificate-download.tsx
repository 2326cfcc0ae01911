// The certificate of verified hours: a plain link for all time, and a GET form
// for a period, so the browser saves the PDF the server sends (no script needed).
export function CertificateDownload({ hasVerifiedHours }: { hasVerifiedHours: boolean }) {
  return (
    <section aria-labelledby="certificate">
      <h2 id="certificate">Your certificate</h2>
      <p>
        A certificate lists your verified hours and the organisations that checked them, for a job application, a course
        or a benefits adviser.
      </p>
      {!hasVerifiedHours && <p className="hint">Once a coordinator approves some of your hours, they'll show on it.</p>}
      <p>
        <a href="/volunteering/certificate.pdf" className="button" download>
          Download certificate (PDF)
        </a>
      </p>
      <details className="details">
        <summary>Only some dates?</summary>
        <form method="get" action="/volunteering/certificate.pdf" className="inline-fields">
          <div className="field">
            <label htmlFor="certificate-from">From</label>
            <input id="certificate-from" name="from" type="date" />
          </div>
          <div className="field">
            <label htmlFor="certificate-to">To</label>
            <input id="certificate-to" name="to" type="date" />
          </div>
          <button type="submit" className="button-secondary">
            Download for these dates
          </button>
        </form>
      </details>
    </section>
  );
}
