// Mutation fuzz of notifications (see fuzz-values.ts): the signed-in person marks their
// own notifications read, and now and then someone else's, which must stay unread.
import { newId, schema } from "@kinship/db";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import { createPerson } from "../support/factories";
import { anyId, anything, type FuzzFeature, realOrRandomId } from "./fuzz-values";

const mine = Array.from({ length: 5 }, (_, index) => `my notification ${index}`);
const someoneElses = "someone else's notification";
const notificationIds = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...mine, someoneElses), anyId), { maxLength: 8 }),
  fc.array(fc.uuid(), { minLength: 99, maxLength: 102 }),
  realOrRandomId(someoneElses),
  anything,
);

export const notificationsFuzz: FuzzFeature = {
  mutations: [
    {
      document: "mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }",
      variables: { ids: notificationIds },
      valid: fc.record({ ids: fc.subarray([...mine, someoneElses], { minLength: 1 }) }),
    },
  ],
  async setUp({ t, personId, organisationId }) {
    const other = await createPerson(t.db, { memberships: [{ organisationId, role: "member" }] });
    const made: Record<string, string> = {};
    const rows = [...mine, someoneElses].map((standIn) => {
      made[standIn] = newId();
      return {
        id: made[standIn],
        personId: standIn === someoneElses ? other.id : personId,
        kind: "hours_decided" as const,
        message: "Your hours were approved.",
        link: "/volunteering",
        createdAt: new Date(),
      };
    });
    await t.db.insert(schema.notifications).values(rows);
    return made;
  },
  async checkDatabase(db, realIds) {
    // Only the person's own notifications were marked read, and valid calls did mark some.
    const [read] = await db.all<{ mine: number; theirs: number }>(
      sql`select sum(id != ${realIds.get(someoneElses)}) as mine, sum(id = ${realIds.get(someoneElses)}) as theirs
        from notifications where read_at is not null`,
    );
    expect(read?.theirs ?? 0).toBe(0);
    expect(read?.mine).toBeGreaterThan(0);
  },
};
