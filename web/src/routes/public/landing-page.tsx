// The front door: what Kinship is, in plain words, and who is already on it.
import { Link } from "wouter";
import { Page } from "../../components/page";
import { useSignedInViewer } from "../../lib/viewer";
import { OrganisationList } from "./organisation-list";

export function LandingPage() {
  const viewer = useSignedInViewer();
  return (
    <Page title="Peer support in recovery" heading="Support from people who have been there">
      <p className="lead">
        Kinship connects people in recovery from drugs or alcohol with peer mentors: people with their own experience of
        recovery, trained and supported by local services.
      </p>
      <ul className="plain-list">
        <li>
          {/* A full page load: the finder is rendered by the server, not this app. */}
          <a href="/find">Find recovery meetings and events</a> near you.
        </li>
        <li>Ask for a peer mentor to walk alongside you.</li>
        <li>Give something back by mentoring or volunteering.</li>
      </ul>
      <p>It's free. You can use a nickname, and you choose what you share.</p>
      <div className="actions">
        {viewer ? (
          <Link href="/home" className="button">
            Go to your home page
          </Link>
        ) : (
          <>
            <Link href="/sign-up" className="button">
              Create an account
            </Link>
            <Link href="/sign-in" className="button-secondary">
              Sign in
            </Link>
          </>
        )}
      </div>
      <section aria-labelledby="organisations">
        <h2 id="organisations">Organisations on Kinship</h2>
        <OrganisationList />
      </section>
    </Page>
  );
}
