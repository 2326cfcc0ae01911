// Mutation fuzz of signing out (see fuzz-values.ts): each signed-in call comes from a
// session made for it alone, a second person's, so ending it signs nobody else out.
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import type { FuzzFeature } from "./fuzz-values";

export const sessionsFuzz: FuzzFeature = {
  mutations: [
    { document: "mutation { signOut }", variables: {}, valid: fc.constant({}), needsOwnSession: true },
    { document: "mutation { signOutEverywhere }", variables: {}, valid: fc.constant({}), needsOwnSession: true },
  ],
  async checkDatabase(db, realIds) {
    // Every session made for a sign-out call was ended by it.
    const [leftOpen] = await db.all<{ n: number }>(
      sql`select count(*) as n from sessions where person_id = ${realIds.get("own-session person")}`,
    );
    expect(leftOpen?.n).toBe(0);
  },
};
