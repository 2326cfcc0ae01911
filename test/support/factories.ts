// Factories for test data. Passwords are hashed for real (argon2id), once per
// distinct password, so tests stay fast without a weaker code path.
import { hashPassword } from "@kinship/api/auth/password";
import { type Database, newId, schema } from "@kinship/db";
import type { OrganisationKind, Role } from "@kinship/db/schema";

const hashes = new Map<string, Promise<string>>();
const hashOnce = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
};

export const defaultPassword = "a long enough password";

export async function createOrganisation(
  db: Database,
  overrides: Partial<{ name: string; kind: OrganisationKind }> = {},
) {
  const id = newId();
  const name = overrides.name ?? `Organisation ${id.slice(0, 6)}`;
  await db.insert(schema.organisations).values({
    id,
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    name,
    kind: overrides.kind ?? "recovery_community",
    town: "Bury",
  });
  return { id, name };
}

export async function createPerson(
  db: Database,
  {
    email,
    password = defaultPassword,
    displayName,
    memberships = [],
  }: {
    email?: string;
    password?: string;
    /** The name pages show; by default "Person" and a few characters of the id. */
    displayName?: string;
    memberships?: { organisationId: string; role: Role }[];
  } = {},
) {
  const id = newId();
  const address = email ?? `person-${id.slice(0, 8)}@example.test`;
  await db.insert(schema.people).values({
    id,
    displayName: displayName ?? `Person ${id.slice(0, 4)}`,
    email: address,
    passwordHash: await hashOnce(password),
  });
  for (const m of memberships) await db.insert(schema.memberships).values({ id: newId(), personId: id, ...m });
  return { id, email: address, password };
}

type GatheringValues = typeof schema.gatherings.$inferInsert;

/** A weekly in-person meeting in Bury unless told otherwise. */
export async function createGathering(
  db: Database,
  organisationId: string,
  overrides: Partial<Omit<GatheringValues, "organisationId">> = {},
) {
  const values: GatheringValues = {
    id: newId(),
    organisationId,
    name: "Monday Recovery Café",
    kind: "recovery_cafe",
    description: "Tea, toast and a friendly welcome. Come as you are.",
    attendanceMode: "in_person",
    timezone: "Europe/London",
    startsOn: "2026-01-05",
    startTime: "19:00",
    durationMinutes: 90,
    recurrence: "FREQ=WEEKLY;BYDAY=MO",
    venueName: "The Met Arts Centre",
    address: "Market Street",
    town: "Bury",
    postcode: "BL9 0BW",
    latitude: 53.5925,
    longitude: -2.2979,
    lastConfirmedAt: new Date("2026-10-01T09:00:00Z"),
    ...overrides,
  };
  await db.insert(schema.gatherings).values(values);
  return values;
}
