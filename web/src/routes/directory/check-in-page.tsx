// /organisations/:slug/listings/:id/check-in: the organiser opens check-in for
// today's date and shows the QR code on their phone or a screen; people scan it
// to say they came. Coordinators can also see who has checked in.
import { lazy, Suspense, useState } from "react";
import { Link } from "wouter";
import { LoadFailed } from "../../components/load-failed";
import { Page } from "../../components/page";
import { OpenCheckInMutation, PublicGatheringQuery } from "../../graphql/directory";
import type { ResultOf } from "../../graphql/graphql";
import { type ApiError, request, toApiError } from "../../lib/graphql-client";
import { useQuery } from "../../lib/use-query";
import type { Viewer } from "../../lib/viewer";
import { isStaffRole } from "../home/role-features";
import { AttendeesList } from "./attendees-list";
import { formatLocalDate, formatLondonTime } from "./dates";
import { OrganiserProblem } from "./organiser-gate";

const QrCode = lazy(() => import("../../components/qr-code"));

/** Groups of four are far easier to read out and copy than 26 letters in a row. */
const grouped = (code: string) => code.match(/.{1,4}/g)?.join(" ") ?? code;

type CheckInCode = ResultOf<typeof OpenCheckInMutation>["openCheckIn"];

export function CheckInPage({ slug, id, viewer }: { slug: string; id: string; viewer: Viewer }) {
  const { state, reload } = useQuery(PublicGatheringQuery, { id });
  const [opened, setOpened] = useState<CheckInCode | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [isPending, setIsPending] = useState(false);
  const listingsHref = `/organisations/${slug}/listings`;
  const role = viewer.memberships?.find((membership) => membership.organisation.slug === slug)?.role;

  if (state.status === "loading") return <p role="status">Loading…</p>;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { gathering } = state.data;
  if (!gathering) {
    return (
      <Page title="Listing not found">
        <p>We couldn't find that listing. If it's withdrawn, reinstate it first.</p>
        <p>
          <Link href={listingsHref}>Back to your listings</Link>
        </p>
      </Page>
    );
  }
  // Refusals (a second factor to confirm, someone else's listing) get the whole page.
  if (problem && (problem.code === "SECOND_FACTOR_REQUIRED" || problem.code === "FORBIDDEN")) {
    return <OrganiserProblem error={problem} onRetry={() => setProblem(null)} what="check-in" />;
  }

  const open = async () => {
    setProblem(null);
    setIsPending(true);
    try {
      setOpened((await request(OpenCheckInMutation, { gatheringId: gathering.id })).openCheckIn);
    } catch (error) {
      setProblem(toApiError(error));
    } finally {
      setIsPending(false);
    }
  };
  return (
    <Page title={`Check-in: ${gathering.name}`} heading="Check-in">
      <p className="lead">{gathering.name}</p>
      {!opened && (
        <>
          <p>
            Open check-in when you arrive, and show the QR code on your phone or a screen. People scan it with their
            phone's camera and press a button to check in. It works from two hours before the start until two hours
            after the end.
          </p>
          {problem && (
            <p className="field-error" role="alert">
              {problem.fields.id?.[0] ?? problem.message}
            </p>
          )}
          <button type="button" className="button" disabled={isPending} onClick={open}>
            {isPending ? "Opening…" : "Open check-in"}
          </button>
        </>
      )}
      {opened && (
        <section aria-labelledby="check-in-code">
          <h2 id="check-in-code">Scan to check in</h2>
          <p>{formatLocalDate(opened.occurrenceOn)}</p>
          <Suspense fallback={<p role="status">Drawing the QR code…</p>}>
            <QrCode
              isLarge
              value={`${location.origin}${opened.path}`}
              label={`QR code to check in at ${gathering.name}`}
            />
          </Suspense>
          <p>
            If someone can't scan it, they can go to <strong className="nowrap">{location.host}/check-in</strong> and
            type this code:
          </p>
          <p className="secret" data-testid="check-in-code">
            {grouped(opened.code)}
          </p>
          <p className="meta">It stops working at {formatLondonTime(opened.expiresAt)}.</p>
        </section>
      )}
      {opened && role && isStaffRole(role) && (
        <AttendeesList gatheringId={gathering.id} occurrenceOn={opened.occurrenceOn} />
      )}
      <p>
        <Link href={listingsHref}>Back to your listings</Link>
      </p>
    </Page>
  );
}
