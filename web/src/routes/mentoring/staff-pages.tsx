// What coordinators' mentoring pages share: explaining a refusal (a second
// factor still to confirm, or not their organisation) and the links between them.
import { Link } from "wouter";
import { RefusalPage, type RefusalWords } from "../../components/refusal-page";
import type { ApiError } from "../../lib/graphql-client";

export { type Organisation, WithOrganisation } from "../directory/organiser-gate";

const mentoringRefusal: RefusalWords = {
  whySecondFactor:
    "Mentoring records are private, so we ask for a code from your authenticator app before showing you anyone's details.",
  forbiddenTitle: "Only coordinators can see this",
  forbidden:
    "Only coordinators and administrators of this organisation can look after its mentoring. If you think you should be able to, ask a coordinator.",
};

/** A page-sized answer to a coordinator's page that could not load. */
export function StaffProblem(props: { error: ApiError; onRetry: () => void; what: string }) {
  return <RefusalPage {...props} words={mentoringRefusal} />;
}

/** The links between an organisation's mentoring pages. */
export function MentoringStaffLinks({ slug }: { slug: string }) {
  const base = `/organisations/${slug}`;
  return (
    <nav aria-label="Mentoring pages">
      <ul className="inline-links">
        <li>
          <Link href={`${base}/mentoring`}>Waiting list and matches</Link>
        </li>
        <li>
          <Link href={`${base}/mentoring/mentors`}>Mentors and vetting</Link>
        </li>
        <li>
          <Link href={`${base}/mentoring/caseloads`}>Caseloads</Link>
        </li>
        <li>
          <Link href={`${base}/mentoring/concerns`}>Concerns</Link>
        </li>
        <li>
          <Link href={`${base}/volunteering`}>Volunteering hours</Link>
        </li>
        <li>
          <Link href={`${base}/dashboard`}>Dashboard</Link>
        </li>
        <li>
          <Link href={`${base}/mentoring/settings`}>Mentoring settings</Link>
        </li>
      </ul>
    </nav>
  );
}

const dayMs = 24 * 60 * 60 * 1000;

/** "today", "1 day", "3 weeks": how long ago an instant was, roughly. */
export function howLongSince(iso: string, now = Date.now()) {
  const days = Math.floor((now - new Date(iso).getTime()) / dayMs);
  if (days < 1) return "less than a day";
  if (days < 14) return days === 1 ? "1 day" : `${days} days`;
  if (days < 60) return `${Math.floor(days / 7)} weeks`;
  return `${Math.floor(days / 30)} months`;
}
