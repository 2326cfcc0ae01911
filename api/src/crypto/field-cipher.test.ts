import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFieldCipher, generateKeyEntry } from "./field-cipher";

const where = { table: "totp_credentials", column: "secret", rowId: "person-1" };

describe("field encryption", () => {
  it("round-trips any text, with a fresh IV each time", async () => {
    const cipher = await createFieldCipher(generateKeyEntry("a"));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 500 }), async (text) => {
        const sealed = await cipher.encrypt(text, where);
        expect(sealed).not.toContain(text.length > 3 ? text : "\u0000never");
        expect(await cipher.decrypt(sealed, where)).toBe(text);
      }),
      { numRuns: 200 },
    );
    expect(await cipher.encrypt("same", where)).not.toBe(await cipher.encrypt("same", where));
  });

  it("refuses a value moved to another row, column or table, or tampered with", async () => {
    const cipher = await createFieldCipher(generateKeyEntry("a"));
    const sealed = await cipher.encrypt("secret", where);
    await expect(cipher.decrypt(sealed, { ...where, rowId: "person-2" })).rejects.toThrow();
    await expect(cipher.decrypt(sealed, { ...where, column: "other" })).rejects.toThrow();
    await expect(cipher.decrypt(sealed, { ...where, table: "other" })).rejects.toThrow();
    const parts = sealed.split(".");
    const body = parts[3]!;
    const flipped = `${body.slice(0, 5)}${body[5] === "A" ? "B" : "A"}${body.slice(6)}`;
    await expect(cipher.decrypt([...parts.slice(0, 3), flipped].join("."), where)).rejects.toThrow();
  });

  it("rotates keys: old values still decrypt, new values use the new key", async () => {
    const oldKey = generateKeyEntry("old");
    const before = await (await createFieldCipher(oldKey)).encrypt("kept", where);
    const rotated = await createFieldCipher(`${generateKeyEntry("new")},${oldKey}`);
    expect(await rotated.decrypt(before, where)).toBe("kept");
    expect((await rotated.encrypt("fresh", where)).split(".")[1]).toBe("new");
  });

  it("refuses malformed key configuration", async () => {
    for (const bad of ["", "nokey", "a:short", "bad id:AAAA"]) await expect(createFieldCipher(bad)).rejects.toThrow();
  });
});
