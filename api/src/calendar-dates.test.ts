import { describe, expect, it } from "vitest";
import { addDays, londonDate, ZCalendarDate } from "./calendar-dates";

describe("UK calendar dates", () => {
  it("follows the London wall clock, not UTC", () => {
    // 23:30 UTC in British Summer Time is already the next day in the UK.
    expect(londonDate(new Date("2026-07-14T23:30:00Z"))).toBe("2026-07-15");
    expect(londonDate(new Date("2026-07-14T22:59:00Z"))).toBe("2026-07-14");
    // In winter the UK is on UTC.
    expect(londonDate(new Date("2026-12-14T23:30:00Z"))).toBe("2026-12-14");
  });

  it("moves by whole days across months, years and clock changes", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-10-20", 56)).toBe("2026-12-15");
  });

  it("accepts only real dates written YYYY-MM-DD", () => {
    for (const good of ["2026-02-28", "2028-02-29"]) expect(ZCalendarDate.safeParse(good).success).toBe(true);
    for (const bad of ["2026-02-30", "2027-02-29", "26-1-1", "2026-1-01", "tomorrow", ""]) {
      expect(ZCalendarDate.safeParse(bad).success, bad).toBe(false);
    }
  });
});
