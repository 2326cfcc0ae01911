import { describe, expect, it } from "vitest";
import { constantTimeEqual, hashSecret, randomSecret, splitToken } from "./token";

describe("session tokens", () => {
  it("are 120 bits of base32 from the CSPRNG, never repeating", () => {
    const seen = new Set(Array.from({ length: 10_000 }, () => randomSecret()));
    expect(seen.size).toBe(10_000);
    for (const secret of [...seen].slice(0, 100)) expect(secret).toMatch(/^[a-km-np-z2-9]{24}$/);
  });

  it("store only a SHA-256 hash", () => {
    expect(hashSecret("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("compare equal only when every byte matches", () => {
    expect(constantTimeEqual("abcd", "abcd")).toBe(true);
    expect(constantTimeEqual("abcd", "abce")).toBe(false);
    expect(constantTimeEqual("abcd", "abc")).toBe(false);
  });

  it("split into id and secret, refusing anything else", () => {
    expect(splitToken("a.b")).toEqual({ id: "a", secret: "b" });
    for (const bad of ["", "a", "a.", ".b", "a.b.c"]) expect(splitToken(bad)).toBeNull();
  });
});
