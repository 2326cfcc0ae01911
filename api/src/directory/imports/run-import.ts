// One import run: read every record, add what is new, update what the source
// changed, withdraw what vanished, bring back what reappeared, and report it
// all. A listing edited here since the last run is never overwritten: the run
// reports the conflict instead. Bad records are reported and skipped; a feed
// that is not a list of meetings changes nothing at all.
import { type Database, newId, schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { cancelGatheringReminders, peopleGoing } from "../../reminders/triggers/gathering-reminders";
import type { Geocoder } from "../geocoding/geocoder";
import { bmltRecord } from "./bmlt-records";
import { meetingGuideRecord } from "./meeting-guide-records";
import { fingerprintOf, type RecordOutcome, type SourceListing } from "./source-listing";

export type ImportSource = typeof schema.importSources.$inferSelect;

export interface ImportReport {
  ranAt: string;
  records: number;
  added: string[];
  updated: string[];
  unchanged: number;
  withdrawn: string[];
  relisted: string[];
  /** Changed at the source but edited here since the last run: kept as edited here. */
  conflicts: string[];
  invalid: { record: string; problems: string[] }[];
  /** Set when the whole feed was unusable; nothing was changed. */
  error: string | null;
}

export const emptyReport = (now: Date): ImportReport => ({
  ranAt: now.toISOString(),
  records: 0,
  added: [],
  updated: [],
  unchanged: 0,
  withdrawn: [],
  relisted: [],
  conflicts: [],
  invalid: [],
  error: null,
});

export async function runImport(options: {
  db: Database;
  geocoder: Geocoder;
  source: ImportSource;
  feed: unknown;
  now: Date;
}): Promise<ImportReport> {
  const { db, source, feed, now } = options;
  const report = emptyReport(now);
  const list = source.format === "bmlt" && isBmltEnvelope(feed) ? feed.meetings : feed;
  if (!Array.isArray(list)) {
    report.error = "The feed is not a list of meetings, so nothing was changed.";
    await reportWrite(db, source, report, now);
    return report;
  }
  report.records = list.length;
  const mapRecord = source.format === "bmlt" ? bmltRecord : meetingGuideRecord;
  const listings = new Map<string, SourceListing>();
  for (const [index, record] of list.entries()) {
    const outcome = await placed(options.geocoder, mapRecord(record, index, source.defaultKind));
    if ("problems" in outcome) report.invalid.push({ record: outcome.recordId, problems: outcome.problems });
    else if (listings.has(outcome.listing.recordId)) {
      report.invalid.push({ record: outcome.listing.recordId, problems: ["Its id appears twice in the feed."] });
    } else listings.set(outcome.listing.recordId, outcome.listing);
  }

  const { gatherings } = schema;
  const existing = await db.select().from(gatherings).where(eq(gatherings.sourceId, source.id));
  const byRecordId = new Map(existing.map((row) => [row.sourceRecordId, row]));
  const writes = [];
  for (const listing of listings.values()) {
    const fingerprint = fingerprintOf(listing);
    const row = byRecordId.get(listing.recordId);
    const values = { ...rowValues(listing, now), sourceFingerprint: fingerprint, lastConfirmedAt: now, updatedAt: now };
    if (!row) {
      report.added.push(listing.name);
      writes.push(
        db.insert(gatherings).values({
          id: newId(),
          organisationId: source.organisationId,
          sourceId: source.id,
          sourceRecordId: listing.recordId,
          // A week back: the meeting already exists at its source, so it has begun.
          startsOn: localDate(new Date(now.getTime() - 7 * 86_400_000), listing.timezone),
          createdAt: now,
          ...values,
        }),
      );
      continue;
    }
    const wasWithdrawn = row.withdrawnAt !== null;
    // Withdrawn by an organiser here (not by a past import): their decision stands.
    if (wasWithdrawn && row.locallyEditedAt && row.withdrawnAt && row.locallyEditedAt >= row.withdrawnAt) continue;
    if (wasWithdrawn) report.relisted.push(listing.name);
    if (row.sourceFingerprint === fingerprint) {
      if (!wasWithdrawn) report.unchanged++;
      writes.push(
        db.update(gatherings).set({ lastConfirmedAt: now, withdrawnAt: null }).where(eq(gatherings.id, row.id)),
      );
    } else if (row.locallyEditedAt && (!source.lastRunAt || row.locallyEditedAt > source.lastRunAt)) {
      report.conflicts.push(row.name);
    } else {
      if (!wasWithdrawn) report.updated.push(listing.name);
      writes.push(
        db
          .update(gatherings)
          .set({ ...values, withdrawnAt: null })
          .where(eq(gatherings.id, row.id)),
      );
    }
  }
  for (const row of existing) {
    if (row.withdrawnAt || listings.has(row.sourceRecordId ?? "")) continue;
    report.withdrawn.push(row.name);
    writes.push(
      db.update(gatherings).set({ withdrawnAt: now, updatedAt: now }).where(eq(gatherings.id, row.id)),
      // Gone from its source: nobody is reminded of a meeting that may no longer happen.
      cancelGatheringReminders(db, {
        gatheringId: row.id,
        personIds: peopleGoing(db, { gatheringId: row.id }),
        now,
      }),
    );
  }
  writes.push(reportWrite(db, source, report, now));
  await db.batch(writes as [(typeof writes)[number], ...(typeof writes)[number][]]);
  return report;
}

function isBmltEnvelope(feed: unknown): feed is { meetings: unknown } {
  return Boolean(feed && typeof feed === "object" && "meetings" in feed);
}

// In-person records without a position are placed by their postcode, as
// precisely as an organiser's own listing must be.
async function placed(geocoder: Geocoder, outcome: RecordOutcome): Promise<RecordOutcome> {
  if ("problems" in outcome) return outcome;
  const { listing } = outcome;
  if (listing.attendanceMode === "online" || (listing.latitude !== null && listing.longitude !== null)) return outcome;
  const found = listing.postcode ? await geocoder.locate(listing.postcode) : null;
  if (!found || (found.precision !== "postcode" && found.precision !== "outcode")) {
    return { recordId: listing.recordId, problems: ["We couldn't place its postcode on the map."] };
  }
  return { listing: { ...listing, latitude: found.latitude, longitude: found.longitude } };
}

function rowValues(listing: SourceListing, now: Date) {
  const isInPerson = listing.attendanceMode !== "online";
  const isOnline = listing.attendanceMode !== "in_person";
  return {
    name: listing.name,
    kind: listing.kind,
    description: listing.description,
    attendanceMode: listing.attendanceMode,
    timezone: listing.timezone,
    startTime: listing.startTime,
    durationMinutes: listing.durationMinutes,
    recurrence: `FREQ=WEEKLY;BYDAY=${listing.weekdays.join(",")}`,
    cancelledAt: listing.isCancelled ? now : null,
    venueName: isInPerson ? listing.venueName : null,
    address: isInPerson ? listing.address : null,
    town: isInPerson ? listing.town : null,
    postcode: isInPerson ? listing.postcode : null,
    latitude: isInPerson ? listing.latitude : null,
    longitude: isInPerson ? listing.longitude : null,
    accessibility: isInPerson ? listing.accessibility : [],
    onlineUrl: isOnline ? listing.onlineUrl : null,
    onlinePhone: isOnline ? listing.onlinePhone : null,
    onlineNotes: isOnline ? listing.onlineNotes : null,
    tags: listing.tags,
    website: listing.website,
  };
}

/** The local date where the gathering is. */
function localDate(now: Date, timezone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: timezone, dateStyle: "short" }).format(now);
}

function reportWrite(db: Database, source: ImportSource, report: ImportReport, now: Date) {
  return db
    .update(schema.importSources)
    .set({ lastRunAt: now, lastReport: report as unknown as Record<string, unknown> })
    .where(eq(schema.importSources.id, source.id));
}
