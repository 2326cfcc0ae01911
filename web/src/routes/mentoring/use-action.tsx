// A button's action against the API: one at a time, and a failure kept to show
// beside the button rather than lost.
import { useState } from "react";
import { toApiError } from "../../lib/graphql-client";

export function useAction() {
  const [isPending, setIsPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** Resolves to whether the action worked; a failure's message is in `problem`. */
  const run = async (action: () => Promise<unknown>) => {
    if (isPending) return false;
    setIsPending(true);
    setProblem(null);
    try {
      await action();
      return true;
    } catch (error) {
      setProblem(toApiError(error).message);
      return false;
    } finally {
      setIsPending(false);
    }
  };
  return { run, isPending, problem };
}

/** Where an action's failure is said, next to the buttons that caused it. */
export function ActionProblem({ problem }: { problem: string | null }) {
  if (!problem) return null;
  return (
    <p className="field-error" role="alert">
      {problem}
    </p>
  );
}
