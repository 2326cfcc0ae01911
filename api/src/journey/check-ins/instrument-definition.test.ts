import { builtInDefinition } from "@kinship/db/journey-defaults";
import { describe, expect, it } from "vitest";
import { parseInstrumentDefinition } from "./instrument-definition";

const valid = () => JSON.parse(JSON.stringify(builtInDefinition));
const problemsOf = (definition: unknown) => parseInstrumentDefinition(JSON.stringify(definition)).problems;

describe("instrument definitions", () => {
  it("accepts the built-in definition as it is stored", () => {
    expect(parseInstrumentDefinition(JSON.stringify(builtInDefinition))).toEqual({
      definition: builtInDefinition,
      problems: null,
    });
  });

  it("fills in isReversed and outcome when left out", () => {
    const definition = valid();
    delete definition.items[0].isReversed;
    delete definition.items[0].outcome;
    const parsed = parseInstrumentDefinition(JSON.stringify(definition));
    expect(parsed.definition?.items[0]).toMatchObject({ isReversed: false, outcome: null });
  });

  it("says when the text is not JSON at all", () => {
    expect(parseInstrumentDefinition("{ items: [").problems).toEqual({
      definitionJson: ["That isn't valid JSON. Check the brackets, commas and quotes."],
    });
    expect(Object.keys(problemsOf([1, 2]) ?? {})).toEqual(["definitionJson"]);
  });

  it("names the path of each problem", () => {
    const definition = valid();
    definition.items[3].domain = "happiness";
    definition.items[4].code = definition.items[0].code;
    definition.bands[1].fromPercent = 120;
    definition.strengthAtLeastPercent = -1;
    const problems = problemsOf(definition)!;
    expect(Object.keys(problems).sort()).toEqual(["bands.1.fromPercent", "items.3.domain", "strengthAtLeastPercent"]);
    expect(problems["items.3.domain"]![0]).toMatch(/^Use one of the domains: substance_use/);
  });

  it("checks codes are unique, bands rise from 0 and gaps sit below strengths", () => {
    const definition = valid();
    definition.items[4].code = definition.items[0].code;
    definition.bands[0].fromPercent = 10;
    definition.bands[2].fromPercent = 40;
    definition.gapAtMostPercent = 90;
    expect(problemsOf(definition)).toEqual({
      "items.4.code": ["The code “substance_use” is used twice."],
      "bands.0.fromPercent": ["The first band starts at 0."],
      "bands.2.fromPercent": ["Bands go upwards: each starts above the one before."],
      gapAtMostPercent: ["A gap must be below a strength: make gapAtMostPercent less than strengthAtLeastPercent."],
    });
  });

  it("says in plain words what is missing or of the wrong kind", () => {
    const definition = valid();
    delete definition.bands;
    definition.items[0].isReversed = "yes";
    definition.scale.labels = "Agree";
    expect(problemsOf(definition)).toEqual({
      bands: ["This is missing."],
      "items.0.isReversed": ["This should be true or false."],
      "scale.labels": ["This should be a list in square brackets."],
    });
  });

  it("needs one label per point and 2 to 11 points", () => {
    const definition = valid();
    definition.scale.labels.pop();
    expect(problemsOf(definition)).toEqual({
      "scale.labels": ["Give one label for each point of the scale: 6 labels for 1 to 6."],
    });
    definition.scale = { min: 1, max: 1, labels: ["Only"] };
    expect(Object.keys(problemsOf(definition)!)).toEqual(["scale.max"]);
    definition.scale = { min: 0, max: 11, labels: Array.from({ length: 12 }, (_, i) => `Point ${i}`) };
    expect(Object.keys(problemsOf(definition)!)).toEqual(["scale.max"]);
    definition.scale = { min: 0, max: 10, labels: Array.from({ length: 11 }, (_, i) => `Point ${i}`) };
    expect(problemsOf(definition)).toBeNull();
  });
});
