// The directory's 404: a listing that never existed or has been taken down.
import { type DocumentHead, PublicDocument } from "./document";

export function PublicNotFoundPage({ head }: { head: DocumentHead }) {
  return (
    <PublicDocument head={head}>
      <h1>We can't find that listing</h1>
      <p>It may have been taken down by its organiser, or the link may be wrong.</p>
      <p>
        <a href="/find">Search for meetings and groups</a> near you or online.
      </p>
    </PublicDocument>
  );
}
