// The person being mentored sees their next catch-up, read-only: "Your next
// catch-up: Tuesday 24 November at 2pm". Nothing shows while it loads or if
// there is none; a failure to load is said plainly.
import { NextContactQuery } from "../../../graphql/mentoring-planned-contacts";
import { useQuery } from "../../../lib/use-query";
import { whenWords } from "./london-time";

export function YourNextCatchUp({ matchId }: { matchId: string }) {
  const { state } = useQuery(NextContactQuery, { matchId });
  if (state.status === "loading") return null;
  if (state.status === "failed") return <p className="hint">We couldn't load your next catch-up just now.</p>;
  const next = state.data.match.nextContact;
  if (!next) return null;
  const what = next.kind === "ACCOMPANIED_APPOINTMENT" ? "Your mentor is coming with you" : "Your next catch-up";
  return (
    <p className="next-catch-up">
      <strong>{what}:</strong> {whenWords(next.startsAt)}
    </p>
  );
}
