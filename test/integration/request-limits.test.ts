// GraphQL request limits: at the limit accepted, one over refused with a generic
// message that does not reveal the limit.
import { requestLimits } from "@kinship/api/graphql/limits";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, testApp } from "../support/app";

let t: TestAppHandle;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** `organisations { members { organisation { members … { name } } } }`, `levels` fields deep. */
function nested(levels: number) {
  const fields = [
    "organisations",
    ...Array.from({ length: levels - 2 }, (_, i) => (i % 2 === 0 ? "members" : "organisation")),
  ];
  // The innermost object is a Membership after an odd count of fields below `organisations`.
  const leaf = fields.length % 2 === 0 ? "role" : "name";
  return `{ ${fields.map((f) => `${f} {`).join(" ")} ${leaf} ${"}".repeat(fields.length)} }`;
}

const isRefused = (result: { errors?: { message: string; extensions?: { code?: string } }[] }) =>
  (result.errors ?? []).some((e) => e.extensions?.code === "QUERY_TOO_COMPLEX");

const noLimitInText = (result: { errors?: { message: string }[] }) => {
  for (const error of result.errors ?? []) expect(error.message).not.toMatch(/\d/);
};

describe("request limits", () => {
  it("accepts a query at the depth limit and refuses one level more", async () => {
    const atLimit = await t.client().gql(nested(requestLimits.depth));
    expect(isRefused(atLimit), JSON.stringify(atLimit.errors)).toBe(false);
    const over = await t.client().gql(nested(requestLimits.depth + 1));
    expect(isRefused(over)).toBe(true);
    noLimitInText(over);
  });

  it("counts depth through fragments, including one named __schema", async () => {
    const fields = nested(requestLimits.depth + 1).slice(1, -1);
    const result = await t.client().gql(`query { ...__schema } fragment __schema on Query { ${fields} }`);
    expect(isRefused(result)).toBe(true);
  });

  it("accepts the alias limit and refuses one more", async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(" ")} }`;
    expect(isRefused(await t.client().gql(aliases(requestLimits.aliases)))).toBe(false);
    const over = await t.client().gql(aliases(requestLimits.aliases + 1));
    expect(isRefused(over)).toBe(true);
    noLimitInText(over);
  });

  it("accepts the directive limit and refuses one more", async () => {
    const directives = (n: number) => `{ me ${"@include(if: true) ".repeat(n)} { id } }`;
    expect(isRefused(await t.client().gql(directives(requestLimits.directives)))).toBe(false);
    expect(isRefused(await t.client().gql(directives(requestLimits.directives + 1)))).toBe(true);
  });

  it("refuses a request with too many tokens", async () => {
    const big = `{ ${"me { id } ".repeat(Math.ceil(requestLimits.tokens / 4))} }`;
    const result = await t.client().gql(big);
    expect(isRefused(result)).toBe(true);
    noLimitInText(result);
  });

  it("hides the schema from introspection and gives no field suggestions in production", async () => {
    const introspection = await t.client().gql("{ __schema { types { name } } }");
    expect(introspection.data ?? null).toBeNull();
    const typo = await t.client().gql("{ organisatons { name } }");
    expect(JSON.stringify(typo.errors)).not.toContain("Did you mean");
  });
});
