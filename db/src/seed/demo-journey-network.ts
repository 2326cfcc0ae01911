// The demo journeys' network maps: the story's changes replayed in order, giving
// each connection's current state (removed ones kept, as the API keeps them) and
// a snapshot, without labels, for every day the map changed.
import { newId } from "../ids";
import { type ConnectionKind, recoveryCommunityKinds, type SnapshotConnection } from "../schema";
import { dateDaysAgo, instantDaysAgo } from "./demo-dates";
import type { ConnectionSource, JourneyContext, JourneyStory } from "./demo-journey-story";

/** The counts a snapshot stores, worked out the way the API works them out from the map. */
export function snapshotCounts(connections: readonly SnapshotConnection[]) {
  return {
    connectionCount: connections.length,
    supportiveCount: connections.filter((c) => c.influence === "supportive").length,
    usingCount: connections.filter((c) => c.influence === "using").length,
    recoveryCommunityCount: connections.filter((c) => recoveryCommunityKinds.includes(c.kind)).length,
  };
}

/**
 * The key of the platform suggestion a connection was accepted from. A gathering
 * is only suggested once the person has checked in there, so before that the
 * connection was typed in by hand and has no key.
 */
function suggestionKey(
  change: { from?: ConnectionSource; daysAgo: number },
  context: JourneyContext,
  attended: readonly { gatheringId: string; occurrenceOn: string }[],
) {
  const source = change.from;
  if (!source) return null;
  if ("match" in source) return `match:${context.matchIdWith(source.match)}`;
  if ("volunteering" in source) return `volunteering:${context.organisationIdOf(source.volunteering)}`;
  const { id } = context.gatheringNamed(source.gathering);
  const addedOn = dateDaysAgo(context.now, change.daysAgo);
  return attended.some((a) => a.gatheringId === id && a.occurrenceOn <= addedOn) ? `gathering:${id}` : null;
}

export function networkRows(
  story: JourneyStory,
  context: JourneyContext,
  attended: readonly { gatheringId: string; occurrenceOn: string }[],
) {
  const { now, personId, sealer } = context;
  const byLabel = new Map<string, ReturnType<typeof newConnection>>();
  const snapshots = [];
  const changes = [...story.network].sort((a, b) => b.daysAgo - a.daysAgo);
  for (const [i, change] of changes.entries()) {
    if ("add" in change) {
      byLabel.set(change.add, newConnection(change, suggestionKey(change, context, attended)));
    } else {
      const connection = byLabel.get("change" in change ? change.change : change.remove);
      if (!connection) throw new Error(`${story.person}'s map changes a connection it never added`);
      if ("remove" in change) connection.removedOn = dateDaysAgo(now, change.daysAgo);
      else Object.assign(connection, withoutUndefined({ influence: change.influence, closeness: change.closeness }));
      connection.updatedAt = instantDaysAgo(now, change.daysAgo);
    }
    // One snapshot per day, after that day's last change.
    if (changes[i + 1]?.daysAgo === change.daysAgo) continue;
    const connections: SnapshotConnection[] = [...byLabel.values()]
      .filter((c) => c.removedOn === null)
      .map((c) => ({ connectionId: c.id, kind: c.kind, influence: c.influence, closeness: c.closeness }));
    snapshots.push({
      id: newId(),
      personId,
      takenOn: dateDaysAgo(now, change.daysAgo),
      ...snapshotCounts(connections),
      connections,
      createdAt: instantDaysAgo(now, change.daysAgo),
    });
  }

  function newConnection(change: Extract<(typeof changes)[number], { add: string }>, key: string | null) {
    const row = {
      id: newId(),
      personId,
      labelCipher: "",
      kind: change.kind as ConnectionKind,
      influence: change.influence,
      closeness: change.closeness,
      suggestionKey: key,
      addedOn: dateDaysAgo(now, change.daysAgo),
      removedOn: null as string | null,
      createdAt: instantDaysAgo(now, change.daysAgo),
      updatedAt: instantDaysAgo(now, change.daysAgo),
    };
    const where = { table: "network_connections", column: "label_cipher", rowId: row.id };
    sealer.seal(personId, change.add, where, (cipher) => {
      row.labelCipher = cipher;
    });
    return row;
  }

  return { connections: [...byLabel.values()], snapshots };
}

function withoutUndefined<T extends object>(values: T) {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
