// Pages whose code arrives only when they are first shown, so the main bundle
// stays small for the many visits that never need them.
import { type ComponentType, lazy, Suspense } from "react";

/** A page loaded on first use, saying so while it arrives on a slow connection. */
export function onDemand<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const Lazy = lazy(async () => ({ default: await load() }));
  return (props: Props) => (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <Lazy {...props} />
    </Suspense>
  );
}
