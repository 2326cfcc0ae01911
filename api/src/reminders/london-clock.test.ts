import { describe, expect, it } from "vitest";
import { clockWords, endOfQuietHours, nextLondonClock, startOfLondonDay, startOfNextLondonDay } from "./london-clock";

const quiet = { from: "21:00", until: "08:00" };

describe("the London clock for reminders", () => {
  it("finds quiet hours across midnight, in winter and in summer", () => {
    expect(endOfQuietHours(new Date("2027-01-12T20:59:00Z"), quiet)).toBeNull();
    expect(endOfQuietHours(new Date("2027-01-12T21:00:00Z"), quiet)).toEqual(new Date("2027-01-13T08:00:00Z"));
    expect(endOfQuietHours(new Date("2027-01-13T03:00:00Z"), quiet)).toEqual(new Date("2027-01-13T08:00:00Z"));
    expect(endOfQuietHours(new Date("2027-01-13T08:00:00Z"), quiet)).toBeNull();
    // 20:30 UTC in July is 21:30 in London.
    expect(endOfQuietHours(new Date("2027-07-01T20:30:00Z"), quiet)).toEqual(new Date("2027-07-02T07:00:00Z"));
    expect(endOfQuietHours(new Date("2027-07-01T12:00:00Z"), null)).toBeNull();
  });

  it("handles quiet hours within one day, and the nights the clocks change", () => {
    const afternoon = { from: "13:00", until: "15:30" };
    expect(endOfQuietHours(new Date("2027-01-12T14:00:00Z"), afternoon)).toEqual(new Date("2027-01-12T15:30:00Z"));
    expect(endOfQuietHours(new Date("2027-01-12T16:00:00Z"), afternoon)).toBeNull();
    // The clocks go forward on 28 March 2027: 08:00 that morning is 07:00 UTC.
    expect(endOfQuietHours(new Date("2027-03-27T23:00:00Z"), quiet)).toEqual(new Date("2027-03-28T07:00:00Z"));
    // 01:30 does not exist that night: the next 01:30 is the moment just after the gap.
    expect(nextLondonClock(new Date("2027-03-28T00:30:00Z"), "01:30")).toEqual(new Date("2027-03-28T01:30:00Z"));
    // The clocks go back on 31 October 2027: that London day lasts 25 hours.
    const day = startOfLondonDay(new Date("2027-10-31T12:00:00Z"));
    expect(day).toEqual(new Date("2027-10-30T23:00:00Z"));
    expect(startOfNextLondonDay(new Date("2027-10-31T12:00:00Z")).getTime() - day.getTime()).toBe(25 * 3_600_000);
  });

  it("writes times as people say them", () => {
    expect(clockWords(new Date("2027-01-12T14:00:00Z"))).toBe("2pm");
    expect(clockWords(new Date("2027-01-12T09:05:00Z"))).toBe("9:05am");
    expect(clockWords(new Date("2027-01-12T12:00:00Z"))).toBe("midday");
    expect(clockWords(new Date("2027-01-12T00:00:00Z"))).toBe("midnight");
    expect(clockWords(new Date("2027-07-12T11:00:00Z"))).toBe("midday");
  });
});
