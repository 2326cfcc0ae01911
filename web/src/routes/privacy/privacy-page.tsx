// /account/privacy: what you've agreed to, who has looked at your record, and
// your data (download it, or delete your account).
import { Link } from "wouter";
import { Page } from "../../components/page";
import { ConsentList } from "./consent-list";
import { DeleteAccountForm } from "./delete-account-form";
import { RecordViewList } from "./record-view-list";

export function PrivacyPage() {
  return (
    <Page title="Privacy and your data">
      <p>You're in charge of what you share. Changes here take effect straight away.</p>
      <ConsentList />
      <RecordViewList />
      <section aria-labelledby="your-data">
        <h2 id="your-data">Your data</h2>
        <p>
          You can download a copy of everything Kinship holds about you. It's a file you can open in a text editor, or
          give to another service.
        </p>
        <p>
          {/* A plain link: the server sends the file with the session cookie, so no script is needed. */}
          <a href="/api/my-data" download className="button-secondary">
            Download your data
          </a>
        </p>
        <DeleteAccountForm />
      </section>
      <p>
        <Link href="/account">Back to your account</Link>
      </p>
    </Page>
  );
}
