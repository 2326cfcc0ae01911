import { describe, expect, it } from "vitest";
import { celebrationFor } from "./celebration";

describe("celebrating a ticked step", () => {
  it("names the first step, halfway and the last step, and only the last invites marking the goal achieved", () => {
    expect(celebrationFor(1, 6)).toEqual({ message: expect.stringContaining("first step"), isEveryStepDone: false });
    expect(celebrationFor(3, 6).message).toContain("Halfway there: 3 of 6");
    expect(celebrationFor(3, 5).message).toContain("Halfway there: 3 of 5");
    expect(celebrationFor(6, 6)).toEqual({
      message: expect.stringContaining("all 6 steps done"),
      isEveryStepDone: true,
    });
    expect(celebrationFor(1, 1)).toEqual({
      message: expect.stringContaining("mark it as achieved"),
      isEveryStepDone: true,
    });
  });

  it("varies the words between the named steps, always saying how many are done", () => {
    const messages = [2, 4, 5].map((done) => celebrationFor(done, 12).message);
    expect(new Set(messages).size).toBe(3);
    expect(messages.map((message) => message.match(/\d+ of/)?.[0])).toEqual(["2 of", "4 of", "5 of"]);
    expect(celebrationFor(4, 12).message).not.toMatch(/halfway|first|achieved/i);
  });

  it("says halfway once, at the step that crosses the middle", () => {
    const halfway = Array.from({ length: 10 }, (_, index) => celebrationFor(index + 1, 10).message).filter((m) =>
      m.startsWith("Halfway"),
    );
    expect(halfway).toEqual(["Halfway there: 5 of 10 steps done. Keep going at your own pace."]);
  });
});
