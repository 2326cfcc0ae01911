// Seeds the demo directory: public gatherings around Bury from the demo town's
// two organisations and a few public ones (fellowships, a family charity, a
// walking group), with every kind, schedule shape and attendance mode, and
// dates worked out from `now` so the finder always has something coming up.
import type { Database } from "../client";
import { newId } from "../ids";
import { gatheringExceptions, gatherings, organisations } from "../schema";
import { type DemoListing, demoListings } from "./demo-directory-listings";
import { demoVenues } from "./demo-directory-venues";
import type { DemoOrganisation } from "./demo-town";
import { seededRandom } from "./seeded-random";

/** Organisations that exist only to list gatherings: no members in the demo. */
export const directoryOrganisations: DemoOrganisation[] = [
  {
    slug: "bury-smart-recovery",
    name: "Bury SMART Recovery",
    kind: "mutual_aid_group",
    town: "Bury",
    website: "https://burysmart.example.org",
    description: "Volunteer-run SMART Recovery meetings in Bury, Radcliffe, Rochdale and online.",
  },
  {
    slug: "irwell-valley-aa-intergroup",
    name: "Irwell Valley Intergroup of Alcoholics Anonymous",
    kind: "mutual_aid_group",
    town: "Bury",
    website: "https://irwellvalleyaa.example.org",
    description: "The AA groups of Bury, Bolton, Rochdale, Salford and Manchester city centre, working together.",
  },
  {
    slug: "irwell-area-na",
    name: "Irwell Area of Narcotics Anonymous",
    kind: "mutual_aid_group",
    town: "Bury",
    website: "https://irwellna.example.org",
    description: "NA meetings across the north of Greater Manchester, in person and online.",
  },
  {
    slug: "bury-mutual-aid-network",
    name: "Bury Mutual Aid Network",
    kind: "recovery_community",
    town: "Bury",
    website: null,
    description: "A volunteer noticeboard listing meetings for fellowships that don't run listings of their own.",
  },
  {
    slug: "families-in-recovery-north-west",
    name: "Families in Recovery North West",
    kind: "recovery_community",
    town: "Bolton",
    website: "https://familiesinrecovery.example.org",
    description: "A charity supporting families, friends and carers of people who drink or use drugs.",
  },
  {
    slug: "bury-recovery-ramblers",
    name: "Bury Recovery Ramblers",
    kind: "recovery_community",
    town: "Bury",
    website: null,
    description: "Walks for people in recovery and anyone who cares about them. Dogs welcome.",
  },
];

// Organisational contacts only, never a person's. Addresses are on example.org
// and numbers in Ofcom's drama ranges, so no demo contact reaches anyone real.
const contacts: Record<string, { contactEmail: string; contactPhone: string | null }> = {
  "irwell-recovery-service": { contactEmail: "groups@irwellrecovery.example.org", contactPhone: "0161 496 0100" },
  "bury-recovery-community": { contactEmail: "hello@buryrecovery.example.org", contactPhone: "0161 496 0200" },
  "bury-smart-recovery": { contactEmail: "hello@burysmart.example.org", contactPhone: "0161 496 0300" },
  "irwell-valley-aa-intergroup": { contactEmail: "help@irwellvalleyaa.example.org", contactPhone: "0808 157 0100" },
  "irwell-area-na": { contactEmail: "helpline@irwellna.example.org", contactPhone: "0808 157 0200" },
  "bury-mutual-aid-network": { contactEmail: "listings@burymutualaid.example.org", contactPhone: null },
  "families-in-recovery-north-west": {
    contactEmail: "support@familiesinrecovery.example.org",
    contactPhone: "0161 496 0500",
  },
  "bury-recovery-ramblers": { contactEmail: "walks@buryramblers.example.org", contactPhone: null },
};

const dayMs = 86_400_000;
const weekdayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/** The local date in the UK at `now` (en-CA formats dates as YYYY-MM-DD). */
const londonDate = (now: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);

/** Whether a date fits the BYDAY part of one of our rules (1WE, -1FR, MO…); a rule without BYDAY fits every day. */
function fitsRule(date: string, rule: string): boolean {
  const byDay = /BYDAY=([^;]+)/.exec(rule)?.[1];
  if (!byDay) return true;
  const day = new Date(`${date}T00:00:00Z`);
  const dayOfMonth = day.getUTCDate();
  const daysInMonth = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate();
  return byDay.split(",").some((item) => {
    const [, ordinal, code] = /^(-?\d)?([A-Z]{2})$/.exec(item) ?? [];
    if (code !== weekdayCodes[day.getUTCDay()]) return false;
    if (!ordinal) return true;
    const n = Number(ordinal);
    return n > 0 ? Math.ceil(dayOfMonth / 7) === n : Math.ceil((daysInMonth - dayOfMonth + 1) / 7) === -n;
  });
}

/**
 * The first date on or after `date` that the rule picks (ignoring INTERVAL).
 * A series must start on one of its own dates: RFC 5545 leaves a DTSTART out of
 * step with its rule undefined.
 */
function firstDateOnOrAfter(date: string, rule: string): string {
  for (let offset = 0; offset < 62; offset++) {
    const candidate = addDays(date, offset);
    if (fitsRule(candidate, rule)) return candidate;
  }
  throw new Error(`No date fits ${rule} within two months of ${date}`);
}

export function demoDirectoryRows(now: Date, organisationIds: ReadonlyMap<string, string>) {
  const today = londonDate(now);
  const random = seededRandom(2026);
  const gatheringRows: (typeof gatherings.$inferInsert)[] = [];
  const exceptionRows: (typeof gatheringExceptions.$inferInsert)[] = [];
  for (const listing of demoListings) {
    const organisationId = organisationIds.get(listing.organisation);
    if (!organisationId) throw new Error(`Unknown demo organisation ${listing.organisation}`);
    const { when } = listing;
    // Series began a while ago (different for each), unless they start later on purpose.
    const startedAround = addDays(today, when.startsInDays ?? -Math.round(60 + random() * 700));
    const id = newId();
    gatheringRows.push({
      id,
      organisationId,
      name: listing.name,
      kind: listing.kind,
      description: listing.description,
      ...place(listing),
      startsOn: firstDateOnOrAfter(startedAround, when.rule ?? `BYDAY=${when.weekday}`),
      startTime: when.time,
      durationMinutes: when.minutes,
      recurrence: when.rule,
      tags: listing.tags ?? [],
      ...contacts[listing.organisation],
      website: directoryOrganisations.find((o) => o.slug === listing.organisation)?.website ?? null,
      // Stale listings were last confirmed about eight months ago; the rest within the last two months.
      lastConfirmedAt: new Date(
        now.getTime() - (listing.status === "stale" ? 240 + random() * 10 : 1 + random() * 60) * dayMs,
      ),
      cancelledAt: listing.status === "cancelled" ? new Date(now.getTime() - 14 * dayMs) : null,
      withdrawnAt: listing.status === "withdrawn" ? new Date(now.getTime() - 30 * dayMs) : null,
    });
    for (const exception of listing.exceptions ?? []) {
      const occurrenceOn = firstDateOnOrAfter(addDays(today, exception.inDays), when.rule ?? "");
      exceptionRows.push({
        id: newId(),
        gatheringId: id,
        occurrenceOn,
        change: exception.change,
        movedToOn: exception.change === "moved" ? addDays(occurrenceOn, exception.byDays) : null,
        movedToTime: exception.change === "moved" ? (exception.toTime ?? null) : null,
        note: exception.note,
      });
    }
  }
  return { gatheringRows, exceptionRows };
}

function place(listing: DemoListing) {
  const venue = listing.venue ? demoVenues[listing.venue] : null;
  const online = listing.online;
  return {
    attendanceMode: venue && online ? "hybrid" : online ? "online" : "in_person",
    ...(venue ?? {}),
    accessibility: listing.accessibility ?? venue?.accessibility ?? [],
    accessibilityNotes: listing.accessibilityNotes ?? venue?.accessibilityNotes ?? null,
    onlineUrl: online ? `https://meet.example.org/${online.room}` : null,
    onlinePhone: online?.phone ?? null,
    onlineNotes: online?.notes ?? null,
  } as const;
}

/**
 * The inserts for the directory organisations and every listing, to run in the
 * same batch as the demo town (whose organisations' ids are passed in), so a
 * failed seed leaves an empty database rather than a town without a directory.
 * The rows come back too, so later parts of the seed need not read them again.
 */
export function demoDirectoryInserts(
  db: Database,
  options: { now: Date; organisationIds: ReadonlyMap<string, string> },
) {
  const newOrganisations = directoryOrganisations.map((o) => ({ id: newId(), ...o }));
  const organisationIds = new Map([
    ...options.organisationIds,
    ...newOrganisations.map((o) => [o.slug, o.id] as const),
  ]);
  const { gatheringRows, exceptionRows } = demoDirectoryRows(options.now, organisationIds);
  const inserts = [
    db.insert(organisations).values(newOrganisations),
    db.insert(gatherings).values(gatheringRows),
    db.insert(gatheringExceptions).values(exceptionRows),
  ] as const;
  return { inserts, gatheringRows, exceptionRows };
}
