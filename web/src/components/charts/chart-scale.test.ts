import { expect, test } from "vitest";
import { labelEvery, linearScale, ticks } from "./chart-scale";

test("a scale maps the ends of the domain onto the ends of the range, upside down for SVG's y", () => {
  const y = linearScale(0, 100, 160, 10);
  expect(y(0)).toBe(160);
  expect(y(100)).toBe(10);
  expect(y(50)).toBe(85);
});

test("ticks are round numbers inside the domain", () => {
  expect(ticks(0, 100)).toEqual([0, 25, 50, 75, 100]);
  expect(ticks(0, 7)).toEqual([0, 2, 4, 6]);
  expect(ticks(0, 1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
});

test("only some x labels are printed when there are many", () => {
  expect(labelEvery(4)).toBe(1);
  expect(labelEvery(12)).toBe(2);
  expect(labelEvery(25)).toBe(5);
});
