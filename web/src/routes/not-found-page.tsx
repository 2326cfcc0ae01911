// Any address the app does not know.
import { Link } from "wouter";
import { Page } from "../components/page";

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>We couldn't find that page. The link may be old, or the address may have a typo.</p>
      <p>
        <Link href="/">Go to the Kinship home page</Link>
      </p>
    </Page>
  );
}
