// What each feature's part of the mutation fuzz (fuzz-*.ts) is made of, and the
// arbitrary values they share. mutation-fuzz.test.ts runs every feature's mutations.
import fc from "fast-check";
import type { TestAppHandle, TestClient } from "../support/app";

/** A mutation with an arbitrary for each of its variables (any of them may be left out). */
export interface FuzzMutation {
  document: string;
  variables: Record<string, fc.Arbitrary<unknown>>;
  /**
   * Whole sets of variables that are valid by construction, sent by the signed-in person:
   * a fuzz that only ever meets refusals proves little, so at least one of these must succeed.
   */
  valid?: fc.Arbitrary<Record<string, unknown>>;
  /** Why no call can succeed for the fuzzing people (say, admins only): the fuzz then proves none did. */
  neverSucceedsBecause?: string;
  /** Sent from a session made for the call alone (a second person's), so ending it signs nobody else out. */
  needsOwnSession?: boolean;
}
/** The signed-in person (a recovery champion) and their organisation, made before any feature's records. */
export interface FuzzHome {
  t: TestAppHandle;
  signedIn: TestClient;
  personId: string;
  organisationId: string;
}
/** Stand-ins ("home match") and the real ids they are swapped for in each call. */
export type RealIds = ReadonlyMap<string, string>;
export interface FuzzFeature {
  mutations: FuzzMutation[];
  /** Makes the records the feature's stand-ins name, and says which id each stands in for. */
  setUp?: (home: FuzzHome) => Promise<Record<string, string>>;
  /** After every call: what the feature's stored rows must still satisfy. */
  checkDatabase?: (db: TestAppHandle["db"], realIds: RealIds) => Promise<void>;
}

/** Reasons no call can succeed for the fuzzing person, a recovery champion (FuzzMutation.neverSucceedsBecause). */
export const staffOnly = "only coordinators and admins with a second factor may, and the fuzzing person is a champion";
export const adminsOnly = "only the organisation's admins may, and the fuzzing person is a recovery champion";

export const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.constantFrom("", " ", "07700 900123", "+447700900999", "a@b.co", "'; drop table people; --", "\u0000", "%00"),
  fc.string({ minLength: 200, maxLength: 5000 }),
);
export const anything: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 10 }), text, { maxKeys: 3 }),
);
export const anyString = fc.oneof(text, anything);
export const anyId = fc.oneof(text, fc.uuid(), anything);
export const anyBoolean = fc.oneof(fc.boolean(), anything);
/** An id that is now and then a real record's (the stand-in, swapped per call), else random or junk. */
export const realOrRandomId = (standIn: string) => fc.oneof(fc.constant(standIn), fc.uuid(), anything);
export const homeOrganisation = realOrRandomId("home organisation");

const inputFields = [
  "displayName",
  "email",
  "mobile",
  "password",
  "identifier",
  "currentPassword",
  "newPassword",
  "occurrenceOn",
  "change",
  "movedToOn",
  "movedToTime",
  "note",
];
/** An input object of fields the account and listing inputs use, or junk. */
export const anyInput = fc.oneof(
  fc.dictionary(fc.constantFrom(...inputFields), fc.oneof(text, anything), { maxKeys: 5 }),
  anything,
);

/** A UTC date some days from today: near the edges of what a session, goal or check-in may be dated. */
export function fuzzDay(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
