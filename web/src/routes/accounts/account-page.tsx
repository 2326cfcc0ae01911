// Account settings: email, mobile, password and signed-in devices, and the way to privacy settings.
import { useState } from "react";
import { Link } from "wouter";
import { Page } from "../../components/page";
import type { Viewer } from "../../lib/viewer";
import { ChangeContactForm } from "./change-contact-form";
import { ChangePasswordForm } from "./change-password-form";
import { SessionList } from "./session-list";

export function AccountPage({ viewer }: { viewer: Viewer }) {
  // Changing the password, email or mobile signs out other devices: remount the list to reload it.
  const [sessionsVersion, setSessionsVersion] = useState(0);
  const reloadSessions = () => setSessionsVersion((version) => version + 1);
  return (
    <Page title="Your account">
      <p>
        You're signed in as <strong>{viewer.displayName}</strong>
        {viewer.email || viewer.mobile ? ` (${viewer.email ?? viewer.mobile})` : ""}.
      </p>
      <p>
        <Link href="/account/privacy">Privacy and your data</Link>: what you've agreed to, who has looked at your
        record, and downloading or deleting your data.
      </p>
      <p>
        <Link href="/account/reminders">Reminders</Link>: by text message or email, quiet hours, and how many a day.
      </p>
      <ChangeContactForm
        field="email"
        current={viewer.email}
        hasOther={Boolean(viewer.mobile)}
        onChanged={reloadSessions}
      />
      <ChangeContactForm
        field="mobile"
        current={viewer.mobile}
        hasOther={Boolean(viewer.email)}
        onChanged={reloadSessions}
      />
      <ChangePasswordForm onChanged={reloadSessions} />
      <SessionList key={sessionsVersion} />
    </Page>
  );
}
