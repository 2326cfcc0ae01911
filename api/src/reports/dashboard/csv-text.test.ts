import { describe, expect, it } from "vitest";
import { csvField, csvText } from "./csv-text";

describe("CSV text (RFC 4180)", () => {
  it("leaves plain fields alone and writes numbers as they are", () => {
    expect(csvField("Sessions held")).toBe("Sessions held");
    expect(csvField(12.5)).toBe("12.5");
    expect(csvField(-3.2)).toBe("-3.2");
    expect(csvField(0)).toBe("0");
  });

  it("writes a suppressed or missing value as an empty field", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });

  it("quotes fields with commas, quotes or line breaks, doubling the quotes", () => {
    expect(csvField("Bury, Greater Manchester")).toBe('"Bury, Greater Manchester"');
    expect(csvField('The "Monday" café')).toBe('"The ""Monday"" café"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("carriage\rreturn")).toBe('"carriage\rreturn"');
  });

  it("keeps text that a spreadsheet would run as a formula as text", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("=1,2")).toBe(`"'=1,2"`);
  });

  it("ends every record with CRLF", () => {
    expect(
      csvText([
        ["a", 1, null],
        ['say "hi"', "x,y", 2],
      ]),
    ).toBe('a,1,\r\n"say ""hi""","x,y",2\r\n');
    expect(csvText([])).toBe("");
  });
});
