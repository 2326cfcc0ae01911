// /volunteering: a person's own volunteering. Log hours, see each entry and what
// a coordinator decided, the totals and milestones, and download a certificate.
import { useRef, useState } from "react";
import { Link } from "wouter";
import { LoadFailed } from "../../components/load-failed";
import { Page } from "../../components/page";
import { LogVolunteeringHoursMutation, MyVolunteeringHoursQuery } from "../../graphql/volunteering";
import { request } from "../../lib/graphql-client";
import { useQuery } from "../../lib/use-query";
import { CertificateDownload } from "./certificate-download";
import { HoursForm } from "./hours-form";
import { MyHoursList } from "./my-hours-list";
import { MyHoursSummary } from "./my-hours-summary";
import { describeMinutes } from "./vocabulary";

export function MyVolunteeringPage() {
  const { state, reload } = useQuery(MyVolunteeringHoursQuery);
  const [message, setMessage] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const messageRef = useRef<HTMLParagraphElement>(null);
  if (state.status === "loading") return <p role="status">Loading your volunteering…</p>;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { me, myVolunteeringHours: mine } = state.data;
  const organisations = (me?.memberships ?? []).map((membership) => membership.organisation);

  const say = (text: string) => {
    setMessage(text);
    reload();
    requestAnimationFrame(() => messageRef.current?.focus());
  };

  return (
    <Page title="Your volunteering">
      <p>
        Log the hours you give. A coordinator checks each entry, and approved hours count towards your milestones and
        your certificate.
      </p>
      <p ref={messageRef} tabIndex={-1} className={message ? "notice" : "visually-hidden"} role="status">
        {message}
      </p>
      <MyHoursSummary hours={mine} />
      <section aria-labelledby="log-hours">
        <h2 id="log-hours">Log hours</h2>
        {organisations.length === 0 ? (
          <p>When you join an organisation on Kinship, you can log the hours you volunteer for it here.</p>
        ) : (
          <HoursForm
            key={formKey}
            organisations={organisations}
            submitLabel="Log these hours"
            onSave={async (organisationId, input) => {
              const { logVolunteeringHours: entry } = await request(LogVolunteeringHoursMutation, {
                organisationId,
                input,
              });
              setFormKey((key) => key + 1);
              say(
                `Thank you. ${describeMinutes(entry.minutes)} logged for ${entry.organisation.name}. A coordinator will check it.`,
              );
            }}
          />
        )}
      </section>
      <MyHoursList entries={mine.entries} onChanged={say} />
      <CertificateDownload hasVerifiedHours={mine.approvedMinutes > 0} />
      <p>
        <Link href="/home">Your home page</Link>
      </p>
    </Page>
  );
}
