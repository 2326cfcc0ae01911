// The map in one line of numbers, above the diagram.
import type { ResultOf } from "../../../graphql/graphql";
import type { MyNetworkQuery } from "../../../graphql/journey-network";

type Counts = ResultOf<typeof MyNetworkQuery>["networkMap"]["counts"];

export function NetworkCountsLine({ counts, isOwn }: { counts: Counts; isOwn: boolean }) {
  if (counts.connectionCount === 0) {
    return <p>{isOwn ? "No one is on your map yet. Start with the people closest to you." : "Their map is empty."}</p>;
  }
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return (
    <p data-testid="network-counts">
      {plural(counts.connectionCount, "connection")}: {counts.supportiveCount} supportive, {counts.neutralCount}{" "}
      neutral, {counts.usingCount} using. {counts.recoveryCommunityCount} in the recovery community.
    </p>
  );
}
