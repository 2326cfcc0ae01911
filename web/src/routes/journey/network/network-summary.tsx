// A read-only view of a network map and its growth, for the journey pages: the
// person's own (no personId) or someone who shares their journey with the viewer
// (the API checks consent and audits the read). Nothing here can change the map.
import { LoadFailed } from "../../../components/load-failed";
import { NetworkSummaryQuery } from "../../../graphql/journey-network";
import { useQuery } from "../../../lib/use-query";
import { NetworkCountsLine } from "./network-counts-line";
import { NetworkDiagram } from "./network-diagram";
import { NetworkGrowth } from "./network-growth";

export function NetworkSummary({ personId }: { personId?: string }) {
  const { state, reload } = useQuery(NetworkSummaryQuery, { personId: personId ?? null });
  const isOwn = !personId;
  if (state.status === "loading") return <p role="status">Loading the network map…</p>;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { networkMap, networkGrowth } = state.data;
  return (
    <div className="network-summary">
      <NetworkCountsLine counts={networkMap.counts} isOwn={isOwn} />
      {networkMap.connections.length > 0 && (
        <NetworkDiagram connections={networkMap.connections} centreLabel={isOwn ? "You" : "Them"} />
      )}
      <NetworkGrowth points={networkGrowth} isOwn={isOwn} headingLevel={3} />
    </div>
  );
}
