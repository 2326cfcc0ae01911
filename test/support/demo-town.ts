// The demo town, seeded on a fixed day as the server's start-up seeds it, and
// every table its recovery journeys fill, loaded once for the demo tests.
import { personCipher } from "@kinship/api/crypto/person-keys";
import { schema } from "@kinship/db";
import { seedDemoData } from "@kinship/db/seed";
import { testApp } from "./app";

export const demoNow = new Date("2026-11-23T10:15:00Z");
export const demoToday = "2026-11-23";
export const dayMs = 86_400_000;
/** The named people followed for over a year (Jay, the sixth, has only just started). */
export const longStories = ["Dee", "Marcus", "Chris P", "Wayne", "Roxy"];
export const demoOrganisations = ["irwell-recovery-service", "bury-recovery-community"];

/** A fresh app over the seeded demo town. Pass a real hash to sign in as a demo person. */
export async function seededDemoTown({ passwordHash = "not-a-real-hash" } = {}) {
  const t = await testApp({ now: () => demoNow });
  // One key context for the whole seed, as the server's start-up uses: each key is unwrapped once.
  const keys = { db: t.db, cipher: t.cipher, now: () => demoNow };
  await seedDemoData(t.db, {
    passwordHash,
    now: demoNow,
    sealNote: (personId, text, where) => personCipher(keys, personId).encrypt(text, where),
  });
  return t;
}

export async function loadDemoJourneys(t: Awaited<ReturnType<typeof testApp>>) {
  const [people, organisations, memberships, matches, checkIns, goals, steps, lapses, phases] = await Promise.all([
    t.db.select().from(schema.people),
    t.db.select().from(schema.organisations),
    t.db.select().from(schema.memberships),
    t.db.select().from(schema.mentoringMatches),
    t.db.select().from(schema.recoveryCheckIns),
    t.db.select().from(schema.journeyGoals),
    t.db.select().from(schema.goalSteps),
    t.db.select().from(schema.lapses),
    t.db.select().from(schema.treatmentPhaseRecords),
  ]);
  const [connections, snapshots, attendance, gatherings, consents] = await Promise.all([
    t.db.select().from(schema.networkConnections),
    t.db.select().from(schema.networkSnapshots),
    t.db.select().from(schema.gatheringAttendance),
    t.db.select().from(schema.gatherings),
    t.db.select().from(schema.consents),
  ]);
  return {
    ...{ people, organisations, memberships, matches, checkIns, goals, steps, lapses, phases },
    ...{ connections, snapshots, attendance, gatherings, consents },
  };
}
export type DemoJourneys = Awaited<ReturnType<typeof loadDemoJourneys>>;

/** Look-ups into the loaded journeys; `data` is read at call time, so they can be made before it loads. */
export function journeyLookups(data: () => DemoJourneys) {
  const idOf = (name: string) => data().people.find((p) => p.displayName === name)?.id ?? "";
  const byDate = <T extends { takenOn: string }>(rows: T[]) =>
    [...rows].sort((a, b) => a.takenOn.localeCompare(b.takenOn));
  return {
    idOf,
    organisationId: (slug: string) => data().organisations.find((o) => o.slug === slug)!.id,
    checkInsOf: (name: string) => byDate(data().checkIns.filter((c) => c.personId === idOf(name))),
    snapshotsOf: (personId: string) => byDate(data().snapshots.filter((s) => s.personId === personId)),
  };
}

/** Whole days from one date to another. */
export const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / dayMs;
