// The ten recovery codes, shown once straight after setting up the app. They
// are the way back in if the phone is lost, so we ask people to keep them safe.
import { useLocation } from "wouter";
import { Page } from "../../components/page";

export function SecondFactorRecoveryCodes({ codes }: { codes: string[] }) {
  const [, navigate] = useLocation();
  return (
    <Page title="Save your recovery codes">
      <p className="notice" role="status">
        Your authenticator app is set up, and you've confirmed it's you for this visit.
      </p>
      <p>If you lose your phone, you can use one of these codes instead of a code from the app. Each one works once.</p>
      <p>
        <strong>We'll only show them this once.</strong> Write them down, or save them somewhere safe that isn't your
        phone, such as a password manager.
      </p>
      <ul className="recovery-codes" aria-label="Your recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => navigate("/home")}>
        I've saved these
      </button>
    </Page>
  );
}
