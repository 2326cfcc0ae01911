// What a page shows when its data could not be loaded: the reason, and a way to
// try again without reloading the page (and losing anything typed elsewhere).
import type { ApiError } from "../lib/graphql-client";

export function LoadFailed({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  return (
    <div role="alert">
      <p>{error.message}</p>
      <button type="button" className="button-secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
