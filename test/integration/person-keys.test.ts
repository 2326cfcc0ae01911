// Per-person data keys: notes round-trip under the person's key, fail closed
// when moved to another row, tampered with or read with someone else's key, and
// become unreadable for good once the person is erased (crypto-shredding).
import { personCipher } from "@kinship/api/crypto/person-keys";
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, testApp } from "../support/app";
import { createPerson } from "../support/factories";

let t: TestAppHandle;
let alice = "";
let bob = "";
const where = (rowId: string) => ({ table: "support_sessions", column: "notes_cipher", rowId });
// A fresh context each time, as each request has: no key cached between them.
const keys = () => ({ db: t.db, cipher: t.cipher, now: () => new Date() });

beforeAll(async () => {
  t = await testApp();
  alice = (await createPerson(t.db)).id;
  bob = (await createPerson(t.db)).id;
});
afterAll(() => t.close());

describe("per-person data keys", () => {
  it("round-trips any text, and stores neither it nor the raw key", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), fc.uuid(), async (text, rowId) => {
        const sealed = await personCipher(keys(), alice).encrypt(text, where(rowId));
        expect(sealed.startsWith("p1.")).toBe(true);
        if (text.length > 3) expect(sealed).not.toContain(text);
        expect(await personCipher(keys(), alice).decrypt(sealed, where(rowId))).toBe(text);
      }),
      { numRuns: 50 },
    );
    const [row] = await t.db.select().from(schema.personDataKeys).where(eq(schema.personDataKeys.personId, alice));
    expect(row?.wrappedKey).toMatch(/^v1\./);
  });

  it("fails closed for another row, another person's key or a flipped bit", async () => {
    const sealed = await personCipher(keys(), alice).encrypt("Worried about housing", where("row-1"));
    expect(await personCipher(keys(), alice).decrypt(sealed, where("row-2"))).toBeNull();
    expect(await personCipher(keys(), bob).decrypt(sealed, where("row-1"))).toBeNull();
    const last = sealed.at(-2) === "A" ? "B" : "A";
    const tampered = `${sealed.slice(0, -2)}${last}${sealed.at(-1)}`;
    expect(await personCipher(keys(), alice).decrypt(tampered, where("row-1"))).toBeNull();
  });

  it("creates one key per person even when two requests race for it", async () => {
    const carol = (await createPerson(t.db)).id;
    const [a, b] = await Promise.all([
      personCipher(keys(), carol).encrypt("one", where("r1")),
      personCipher(keys(), carol).encrypt("two", where("r2")),
    ]);
    expect(await personCipher(keys(), carol).decrypt(a, where("r1"))).toBe("one");
    expect(await personCipher(keys(), carol).decrypt(b, where("r2"))).toBe("two");
  });

  it("makes every note about a person unreadable once they are erased", async () => {
    const dave = (await createPerson(t.db)).id;
    const sealed = await personCipher(keys(), dave).encrypt("Relapsed on Saturday", where("row-9"));
    await t.db.delete(schema.people).where(eq(schema.people.id, dave));
    expect(await t.db.select().from(schema.personDataKeys).where(eq(schema.personDataKeys.personId, dave))).toEqual([]);
    expect(await personCipher(keys(), dave).decrypt(sealed, where("row-9"))).toBeNull();
  });
});
