// The demo town's network maps and gatherings: maps that grow with a true
// snapshot for every change, using connections that move to the edge and off,
// accepted suggestions the platform could have made, and attendance on real
// dates of the demo directory's gatherings.
import { isOccurrenceDate } from "@kinship/api/directory/schedule";
import { schema } from "@kinship/db";
import { recoveryCommunityKinds, type SnapshotConnection } from "@kinship/db/schema";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestAppHandle } from "../support/app";
import {
  type DemoJourneys,
  demoOrganisations,
  journeyLookups,
  loadDemoJourneys,
  longStories,
  seededDemoTown,
  demoToday as today,
} from "../support/demo-town";

let t: TestAppHandle;
let data: DemoJourneys;
const { idOf, organisationId, snapshotsOf } = journeyLookups(() => data);

beforeAll(async () => {
  t = await seededDemoTown();
  data = await loadDemoJourneys(t);
});

describe("demo recovery journeys: maps and gatherings", () => {
  it("grows network maps, with a snapshot for each day a map changed that matches its connections", () => {
    const counts = (connections: SnapshotConnection[]) => ({
      connectionCount: connections.length,
      supportiveCount: connections.filter((c) => c.influence === "supportive").length,
      usingCount: connections.filter((c) => c.influence === "using").length,
      recoveryCommunityCount: connections.filter((c) => recoveryCommunityKinds.includes(c.kind)).length,
    });
    for (const personId of new Set(data.connections.map((c) => c.personId))) {
      const connections = data.connections.filter((c) => c.personId === personId);
      const snapshots = snapshotsOf(personId);
      // A snapshot on every day something was added, removed or last changed…
      const days = new Set(snapshots.map((s) => s.takenOn));
      for (const c of connections) {
        for (const day of [c.addedOn, c.removedOn, c.updatedAt.toISOString().slice(0, 10)]) {
          if (day) expect(days.has(day), `${c.id} ${day}`).toBe(true);
        }
      }
      // …and only on days the map changed.
      const shape = (s: (typeof snapshots)[number]) =>
        JSON.stringify([...s.connections].sort((a, b) => a.connectionId.localeCompare(b.connectionId)));
      for (const [i, snapshot] of snapshots.slice(1).entries()) {
        expect(shape(snapshot), snapshot.takenOn).not.toBe(shape(snapshots[i]!));
      }
      for (const snapshot of snapshots) {
        expect(snapshot).toMatchObject(counts(snapshot.connections));
        for (const shown of snapshot.connections) {
          expect(Object.keys(shown).sort()).toEqual(["closeness", "connectionId", "influence", "kind"]);
          const connection = connections.find((c) => c.id === shown.connectionId)!;
          expect(connection.kind).toBe(shown.kind);
          expect(connection.addedOn <= snapshot.takenOn).toBe(true);
          expect(connection.removedOn === null || connection.removedOn > snapshot.takenOn).toBe(true);
        }
      }
      const live = connections.filter((c) => c.removedOn === null);
      const latest = snapshots.at(-1)!.connections;
      expect(latest.map((c) => c.connectionId).sort()).toEqual(live.map((c) => c.id).sort());
      for (const connection of live) {
        expect(latest.find((c) => c.connectionId === connection.id)).toEqual({
          connectionId: connection.id,
          kind: connection.kind,
          influence: connection.influence,
          closeness: connection.closeness,
        });
      }
    }
    for (const name of longStories) {
      const snapshots = snapshotsOf(idOf(name));
      expect(snapshots[0]!.recoveryCommunityCount, name).toBe(0);
      expect(snapshots.at(-1)!.recoveryCommunityCount, name).toBeGreaterThanOrEqual(3);
      expect(snapshots.at(-1)!.supportiveCount, name).toBeGreaterThan(snapshots[0]!.supportiveCount);
      expect(snapshots[0]!.usingCount, name).toBeGreaterThanOrEqual(1);
    }
  });

  it("moves one of Wayne's using connections to neutral, then off his map", () => {
    const wayne = idOf("Wayne");
    const usedWith = data.connections.filter((c) => c.personId === wayne && c.kind === "used_with");
    expect(usedWith).toHaveLength(1);
    const [connection] = usedWith;
    const influences = snapshotsOf(wayne).map(
      (s) => s.connections.find((c) => c.connectionId === connection!.id)?.influence ?? "gone",
    );
    expect([...new Set(influences)]).toEqual(["using", "neutral", "gone"]);
    expect(connection!.removedOn).not.toBeNull();
    // Connections the platform suggested keep the key it suggested them under.
    const keys = data.connections.filter((c) => c.personId === wayne).map((c) => c.suggestionKey?.split(":")[0]);
    expect(new Set(keys)).toEqual(new Set([undefined, "gathering", "volunteering", "match"]));
  });

  it("only has accepted suggestions the platform could have made by then", async () => {
    const hours = await t.db.select().from(schema.volunteeringHours);
    const suggested = data.connections.filter((c) => c.suggestionKey);
    expect(suggested.length).toBeGreaterThanOrEqual(20);
    for (const connection of suggested) {
      const [source, id] = connection.suggestionKey!.split(":");
      const { personId, addedOn } = connection;
      const evidence =
        source === "match"
          ? data.matches.filter((m) => m.id === id && m.menteePersonId === personId && m.startedOn! <= addedOn)
          : source === "gathering"
            ? data.attendance.filter(
                (a) => a.gatheringId === id && a.personId === personId && a.occurrenceOn <= addedOn,
              )
            : hours.filter(
                (h) =>
                  h.organisationId === id &&
                  h.personId === personId &&
                  h.status === "approved" &&
                  h.workedOn <= addedOn,
              );
      expect(evidence.length, connection.suggestionKey!).toBeGreaterThanOrEqual(1);
    }
  });

  it("records attendance on real dates of the demo gatherings, across the months", () => {
    const gatheringOf = new Map(data.gatherings.map((g) => [g.id, g]));
    for (const row of data.attendance) {
      const gathering = gatheringOf.get(row.gatheringId)!;
      expect(row.status).toBe("attended");
      expect(row.occurrenceOn < today).toBe(true);
      expect(isOccurrenceDate(gathering, row.occurrenceOn), `${gathering.name} ${row.occurrenceOn}`).toBe(true);
    }
    const months = (name: string) =>
      new Set(data.attendance.filter((a) => a.personId === idOf(name)).map((a) => a.occurrenceOn.slice(0, 7)));
    expect(months("Wayne").size).toBeGreaterThanOrEqual(9);
    expect(months("Roxy").size).toBeGreaterThanOrEqual(9);
    for (const slug of demoOrganisations) {
      const ids = new Set(data.gatherings.filter((g) => g.organisationId === organisationId(slug)).map((g) => g.id));
      const here = data.attendance.filter((a) => ids.has(a.gatheringId));
      expect(new Set(here.map((a) => a.personId)).size, slug).toBeGreaterThanOrEqual(10);
      expect(new Set(here.map((a) => a.occurrenceOn.slice(0, 7))).size, slug).toBeGreaterThanOrEqual(6);
    }
  });
});
