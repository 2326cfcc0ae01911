// GraphQL types for a listed gathering: everything public about it, in the
// words the finder shows and the codes machines read. Nothing here is personal.
import { accessibilityFeatures, attendanceModes, gatheringKinds } from "@kinship/db/schema";
import { builder, enumOfValues } from "../graphql/builder";
import { describeOccurrence, describeSchedule } from "./describe-schedule";
import type { GatheringRecord } from "./gathering-record";
import { type Occurrence, occurrencesBetween } from "./schedule";
import { isStale } from "./settings";
import { attendanceModeLabels, gatheringKindLabels, tagLabels } from "./vocabulary";

export const GatheringKindEnum = enumOfValues("GatheringKind", gatheringKinds);
export const AttendanceModeEnum = enumOfValues("AttendanceMode", attendanceModes);
export const AccessibilityFeatureEnum = enumOfValues("AccessibilityFeature", accessibilityFeatures);
const OccurrenceStatusEnum = enumOfValues("OccurrenceStatus", ["scheduled", "cancelled", "moved"] as const);

export const OccurrenceRef = builder.objectRef<Occurrence>("Occurrence").implement({
  description: "One date of a gathering, in its own time zone.",
  fields: (t) => ({
    startsAt: t.field({ type: "DateTime", resolve: (o) => new Date(o.start.epochMilliseconds) }),
    endsAt: t.field({ type: "DateTime", resolve: (o) => new Date(o.end.epochMilliseconds) }),
    localStart: t.string({
      description: "Local date and time with offset and zone, e.g. 2026-11-30T19:00:00+00:00[Europe/London].",
      resolve: (o) => o.start.toString(),
    }),
    description: t.string({
      description: "In words, e.g. Monday 30 November 2026, 7pm (GMT).",
      resolve: describeOccurrence,
    }),
    status: t.expose("status", { type: OccurrenceStatusEnum }),
    originalOn: t.exposeString("originalOn", { description: "The local date it was due on (differs when moved)." }),
    note: t.exposeString("note", { nullable: true }),
  }),
});

const Tag = builder.objectRef<string>("GatheringTag").implement({
  fields: (t) => ({
    code: t.string({ description: "A Meeting Guide type code, or one of ours in lower case.", resolve: (c) => c }),
    label: t.string({ resolve: (code) => tagLabels[code] ?? code }),
  }),
});

const Place = builder.objectRef<GatheringRecord>("GatheringPlace").implement({
  fields: (t) => ({
    venueName: t.string({ resolve: (g) => g.venueName ?? "" }),
    address: t.string({ resolve: (g) => g.address ?? "" }),
    town: t.string({ resolve: (g) => g.town ?? "" }),
    postcode: t.string({ resolve: (g) => g.postcode ?? "" }),
    latitude: t.float({ nullable: true, resolve: (g) => g.latitude }),
    longitude: t.float({ nullable: true, resolve: (g) => g.longitude }),
  }),
});

const OnlineJoining = builder.objectRef<GatheringRecord>("OnlineJoining").implement({
  fields: (t) => ({
    url: t.string({ nullable: true, resolve: (g) => g.onlineUrl }),
    phone: t.string({ nullable: true, resolve: (g) => g.onlinePhone }),
    notes: t.string({ nullable: true, resolve: (g) => g.onlineNotes }),
  }),
});

const Organiser = builder.objectRef<GatheringRecord["organisation"]>("GatheringOrganiser").implement({
  fields: (t) => ({ id: t.exposeID("id"), name: t.exposeString("name"), slug: t.exposeString("slug") }),
});

export const GatheringRef = builder.objectRef<GatheringRecord>("Gathering").implement({
  description: "A meeting, café, walk, group or one-off event that anyone can find.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: GatheringKindEnum }),
    kindLabel: t.string({ resolve: (g) => gatheringKindLabels[g.kind] }),
    description: t.exposeString("description", { description: "What to expect, as plain text." }),
    attendanceMode: t.expose("attendanceMode", { type: AttendanceModeEnum }),
    attendanceModeLabel: t.string({ resolve: (g) => attendanceModeLabels[g.attendanceMode] }),
    organisation: t.field({ type: Organiser, resolve: (g) => g.organisation }),
    timezone: t.exposeString("timezone"),
    startsOn: t.exposeString("startsOn"),
    startTime: t.exposeString("startTime"),
    durationMinutes: t.exposeInt("durationMinutes"),
    recurrence: t.exposeString("recurrence", { nullable: true, description: "RFC 5545 RRULE; null for one-off." }),
    schedule: t.string({ description: "The schedule in words.", resolve: describeSchedule }),
    isCancelled: t.boolean({ resolve: (g) => g.cancelledAt !== null }),
    isWithdrawn: t.boolean({ resolve: (g) => g.withdrawnAt !== null }),
    place: t.field({ type: Place, nullable: true, resolve: (g) => (g.attendanceMode === "online" ? null : g) }),
    online: t.field({
      type: OnlineJoining,
      nullable: true,
      resolve: (g) => (g.attendanceMode === "in_person" ? null : g),
    }),
    accessibility: t.field({ type: [AccessibilityFeatureEnum], resolve: (g) => g.accessibility }),
    accessibilityNotes: t.exposeString("accessibilityNotes", { nullable: true }),
    tags: t.field({ type: [Tag], resolve: (g) => g.tags }),
    contactEmail: t.exposeString("contactEmail", { nullable: true }),
    contactPhone: t.exposeString("contactPhone", { nullable: true }),
    website: t.exposeString("website", { nullable: true }),
    lastConfirmedAt: t.expose("lastConfirmedAt", { type: "DateTime" }),
    isStale: t.boolean({
      description: "Not confirmed by its organisers for longer than the directory's stale period.",
      resolve: (g, _args, ctx) => isStale(g.lastConfirmedAt, ctx.now(), ctx.directory.staleAfterDays),
    }),
    occurrences: t.field({
      type: [OccurrenceRef],
      description: "Dates from now on, cancelled and moved ones included and marked.",
      args: { limit: t.arg.int({ defaultValue: 6 }) },
      resolve: (g, { limit }, ctx) => {
        const now = ctx.now();
        const horizon = new Date(now.getTime() + 400 * 86_400_000);
        return occurrencesBetween(g, g.exceptions, now, horizon).slice(0, Math.min(Math.max(limit ?? 6, 1), 52));
      },
    }),
  }),
});
