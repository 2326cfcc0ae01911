// The demo directory seeded with the demo town: it shows off every kind, mode and
// schedule shape, its places are real-looking and where they say they are, and
// the finder finds it from Bury.
import { createOfflineGeocoder, readLocationQuery } from "@kinship/api/directory/geocoding/geocoder";
import { isOccurrenceDate } from "@kinship/api/directory/schedule";
import { searchGatherings } from "@kinship/api/directory/search-gatherings";
import { isKnownTag } from "@kinship/api/directory/vocabulary";
import { schema } from "@kinship/db";
import { attendanceModes, gatheringKinds } from "@kinship/db/schema";
import { seedDemoData } from "@kinship/db/seed";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestAppHandle, testApp } from "../support/app";

// Monday 23 November 2026, 10:15 in Bury. Every date in the demo is relative to this.
const now = new Date("2026-11-23T10:15:00Z");
const today = "2026-11-23";
const dayMs = 86_400_000;
let t: TestAppHandle;
let rows: (typeof schema.gatherings.$inferSelect)[];
let exceptions: (typeof schema.gatheringExceptions.$inferSelect)[];
let seedMilliseconds = 0;

beforeAll(async () => {
  t = await testApp({ now: () => now });
  const started = performance.now();
  // The demo accounts' password hash is irrelevant here; skip argon2.
  await seedDemoData(t.db, { passwordHash: "not-a-real-hash", now });
  seedMilliseconds = performance.now() - started;
  rows = await t.db.select().from(schema.gatherings);
  exceptions = await t.db.select().from(schema.gatheringExceptions);
});

function scheduleShape(g: (typeof rows)[number]): string {
  const rule = g.recurrence;
  if (!rule) return g.startsOn >= today ? "one-off, coming up" : "one-off, past";
  if (rule.includes("FREQ=DAILY")) return "daily";
  if (rule.includes("INTERVAL=2")) return "every other week";
  if (rule.includes("COUNT=")) return "a set number of weeks";
  if (rule.includes("FREQ=MONTHLY")) {
    if (rule.includes("BYDAY=-1")) return "monthly, last weekday";
    return rule.includes(",") ? "monthly, several weekdays" : "monthly, nth weekday";
  }
  return rule.includes(",") ? "weekly, several days" : "weekly, one day";
}

// The outward codes each demo town's venues may use.
const outwardCodesByTown: Record<string, string[]> = {
  Bury: ["BL8", "BL9"],
  Ramsbottom: ["BL0"],
  Radcliffe: ["M26"],
  Prestwich: ["M25"],
  Whitefield: ["M45"],
  Bolton: ["BL1", "BL2", "BL3"],
  Rochdale: ["OL11", "OL12", "OL16"],
  Manchester: ["M1", "M2", "M4"],
  Salford: ["M3", "M5", "M6"],
  Rawtenstall: ["BB4"],
};

describe("the demo directory", () => {
  it("is seeded quickly, with about sixty listings", () => {
    expect(rows.length).toBeGreaterThanOrEqual(55);
    expect(seedMilliseconds).toBeLessThan(2_000);
  });

  it("has every kind, every attendance mode, every schedule shape and several towns", () => {
    expect(new Set(rows.map((g) => g.kind))).toEqual(new Set(gatheringKinds));
    expect(new Set(rows.map((g) => g.attendanceMode))).toEqual(new Set(attendanceModes));
    expect(new Set(rows.map(scheduleShape))).toEqual(
      new Set([
        "one-off, coming up",
        "one-off, past",
        "daily",
        "every other week",
        "a set number of weeks",
        "monthly, last weekday",
        "monthly, several weekdays",
        "monthly, nth weekday",
        "weekly, several days",
        "weekly, one day",
      ]),
    );
    expect(new Set(rows.flatMap((g) => (g.town ? [g.town] : []))).size).toBeGreaterThanOrEqual(8);
  });

  it("starts every series on one of its own dates, as RFC 5545 requires", () => {
    for (const g of rows.filter((row) => row.recurrence)) {
      expect(isOccurrenceDate(g, g.startsOn), `${g.name} starts ${g.startsOn}`).toBe(true);
    }
  });

  it("has a cancelled series, a withdrawn listing, stale listings and future single-occurrence changes", () => {
    expect(rows.filter((g) => g.cancelledAt).length).toBeGreaterThanOrEqual(1);
    expect(rows.filter((g) => g.withdrawnAt).length).toBeGreaterThanOrEqual(1);
    const stale = rows.filter((g) => now.getTime() - g.lastConfirmedAt.getTime() > 200 * dayMs);
    expect(stale.length).toBeGreaterThanOrEqual(2);
    expect(new Set(exceptions.map((e) => e.change))).toEqual(new Set(["cancelled", "moved"]));
    for (const exception of exceptions) {
      const g = rows.find((row) => row.id === exception.gatheringId)!;
      expect(exception.occurrenceOn > today).toBe(true);
      expect(isOccurrenceDate(g, exception.occurrenceOn), `${g.name} on ${exception.occurrenceOn}`).toBe(true);
    }
  });

  it("puts every venue at a valid postcode in its town's outward code, near the town", async () => {
    const geocoder = createOfflineGeocoder(t.db);
    for (const g of rows.filter((row) => row.attendanceMode !== "online")) {
      const read = readLocationQuery(g.postcode ?? "");
      expect(read.kind, `${g.name}: ${g.postcode}`).toBe("postcode");
      expect(outwardCodesByTown[g.town ?? ""], `${g.name} in ${g.town}`).toContain(
        read.kind === "postcode" ? read.outcode : null,
      );
      const town = (await geocoder.locate(g.town!))!;
      // About three miles either way: a venue in the wrong town would be further.
      expect(Math.abs(g.latitude! - town.latitude), g.name).toBeLessThan(0.045);
      expect(Math.abs(g.longitude! - town.longitude), g.name).toBeLessThan(0.075);
    }
  });

  it("gives online gatherings a link and no venue, and hybrid ones both", () => {
    for (const g of rows.filter((row) => row.attendanceMode !== "in_person")) {
      expect(g.onlineUrl).toMatch(/^https:\/\/meet\.example\.org\/[a-z0-9-]+$/);
      expect(Boolean(g.venueName)).toBe(g.attendanceMode === "hybrid");
    }
    expect(rows.some((g) => g.onlinePhone)).toBe(true);
  });

  it("lists only organisational contacts that reach no one real", () => {
    for (const g of rows) {
      expect(g.contactEmail).toMatch(/^[a-z]+@[a-z]+\.example\.org$/);
      if (g.contactPhone) expect(g.contactPhone).toMatch(/^(0161 496 0\d{3}|0808 157 0\d{3})$/);
      expect(g.description.length).toBeGreaterThan(40);
    }
  });

  it("tags with codes the directory can put into words", () => {
    for (const gathering of rows) {
      for (const tag of gathering.tags) expect(isKnownTag(tag), `${gathering.name}: ${tag}`).toBe(true);
    }
  });

  it.each(["BL9 0EY", "Bury"])(
    "is found from %s, online gatherings included, each with its next date",
    async (place) => {
      const geocoder = createOfflineGeocoder(t.db);
      const found = await searchGatherings({ db: t.db, geocoder, now, search: { place, limit: 100 } });
      expect(found.location).not.toBeNull();
      expect(found.total).toBeGreaterThanOrEqual(30);
      const names = found.hits.map((hit) => hit.gathering.name);
      expect(found.hits.some((hit) => hit.gathering.attendanceMode === "online")).toBe(true);
      expect(found.hits.some((hit) => hit.gathering.town === "Ramsbottom")).toBe(true);
      for (const hit of found.hits) expect(hit.next.end.epochMilliseconds).toBeGreaterThan(now.getTime());
      // Gone, called off and over: not in the finder.
      expect(names).not.toContain("Marijuana Anonymous online");
      expect(names).not.toContain("NA Prestwich Wednesday");
      expect(names).not.toContain("Recovery Month picnic");
    },
  );

  it("shows a single moved occurrence: the café on Friday this week", async () => {
    const geocoder = createOfflineGeocoder(t.db);
    const found = await searchGatherings({
      db: t.db,
      geocoder,
      now: new Date(now.getTime() + 6 * dayMs),
      search: { place: "Bury", kinds: ["recovery_cafe"], days: ["FR"] },
    });
    const cafe = found.hits.find((hit) => hit.gathering.name === "Thursday Recovery Café");
    expect(cafe?.next.status).toBe("moved");
    expect(cafe?.next.start.dayOfWeek).toBe(5);
  });
});
