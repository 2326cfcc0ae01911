import { describe, expect, it } from "vitest";
import { closerStanding, effectiveVisibility, isFieldVisible } from "./visibility";

describe("profile field visibility", () => {
  it("uses the defaults for fields the mentor has not chosen", () => {
    expect(isFieldVisible({}, "introduction", "choosing")).toBe(true);
    expect(isFieldVisible({}, "substances", "choosing")).toBe(false);
    expect(isFieldVisible({}, "substances", "mentee")).toBe(true);
    expect(isFieldVisible({}, "homeArea", "mentee")).toBe(false);
    expect(isFieldVisible({}, "homeArea", "everything")).toBe(true);
    expect(isFieldVisible({}, "introduction", "nobody")).toBe(false);
  });

  it("follows the mentor's choice, in both directions", () => {
    expect(isFieldVisible({ homeArea: "people_choosing" }, "homeArea", "choosing")).toBe(true);
    expect(isFieldVisible({ introduction: "coordinators" }, "introduction", "mentee")).toBe(false);
    expect(effectiveVisibility({ gender: "my_mentees" })).toContainEqual({ field: "gender", audience: "my_mentees" });
    expect(effectiveVisibility({})).toHaveLength(11);
  });

  it("takes the closer standing when a viewer has several matches with one mentor", () => {
    expect(closerStanding("choosing", "mentee")).toBe("mentee");
    expect(closerStanding("nobody", "choosing")).toBe("choosing");
  });
});
