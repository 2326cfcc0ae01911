// GraphQL for finding gatherings: the same search as the public finder page,
// for apps and other directories. Open to everyone; nothing personal is read.
import { z } from "zod";
import { builder, enumOfValues } from "../graphql/builder";
import { loadGathering } from "./gathering-record";
import {
  AccessibilityFeatureEnum,
  AttendanceModeEnum,
  GatheringKindEnum,
  GatheringRef,
  OccurrenceRef,
} from "./gathering-types";
import type { Located } from "./geocoding/geocoder";
import {
  type GatheringSearchHit,
  type GatheringSearchResult,
  searchGatherings,
  searchOrders,
  timesOfDay,
  weekdays,
} from "./search-gatherings";

export const WeekdayEnum = enumOfValues("Weekday", weekdays);
const TimeOfDayEnum = enumOfValues("TimeOfDay", timesOfDay);
const SearchOrderEnum = enumOfValues("GatheringOrder", searchOrders);
const PrecisionEnum = enumOfValues("LocationPrecision", [
  "point",
  "postcode",
  "outcode",
  "town",
  "postcode_area",
] as const);

const SearchLocation = builder.objectRef<Located>("SearchLocation").implement({
  fields: (t) => ({
    label: t.exposeString("label"),
    latitude: t.exposeFloat("latitude"),
    longitude: t.exposeFloat("longitude"),
    precision: t.expose("precision", { type: PrecisionEnum }),
  }),
});

const Hit = builder.objectRef<GatheringSearchHit>("GatheringSearchHit").implement({
  fields: (t) => ({
    gathering: t.field({ type: GatheringRef, resolve: (hit) => hit.gathering }),
    distanceMiles: t.float({ nullable: true, resolve: (hit) => hit.distanceMiles }),
    next: t.field({ type: OccurrenceRef, resolve: (hit) => hit.next }),
  }),
});

const Result = builder.objectRef<GatheringSearchResult>("GatheringSearchResult").implement({
  fields: (t) => ({
    location: t.field({ type: SearchLocation, nullable: true, resolve: (r) => r.location }),
    isPlaceUnknown: t.exposeBoolean("isPlaceUnknown"),
    radiusMiles: t.float({ nullable: true, resolve: (r) => r.radiusMiles }),
    isRadiusWidened: t.exposeBoolean("isRadiusWidened"),
    total: t.exposeInt("total"),
    hits: t.field({ type: [Hit], resolve: (r) => r.hits }),
  }),
});

const SearchInput = builder.inputType("GatheringSearchInput", {
  fields: (t) => ({
    place: t.string({ validate: z.string().max(100, "Keep the place to 100 characters.") }),
    latitude: t.float({ validate: z.number().min(-90).max(90) }),
    longitude: t.float({ validate: z.number().min(-180).max(180) }),
    radiusMiles: t.float({ validate: z.number().min(0.5).max(50, "Search at most 50 miles away.") }),
    kinds: t.field({ type: [GatheringKindEnum], validate: z.array(z.any()).max(20) }),
    attendanceModes: t.field({ type: [AttendanceModeEnum] }),
    days: t.field({ type: [WeekdayEnum] }),
    timesOfDay: t.field({ type: [TimeOfDayEnum] }),
    tags: t.stringList({ validate: z.array(z.string().max(60)).max(20) }),
    accessibility: t.field({ type: [AccessibilityFeatureEnum] }),
    startingSoon: t.boolean(),
    happeningNow: t.boolean(),
    organisationSlug: t.string({ validate: z.string().max(100) }),
    order: t.field({ type: SearchOrderEnum }),
    limit: t.int({ validate: z.number().int().min(1).max(100) }),
    offset: t.int({ validate: z.number().int().min(0).max(10_000) }),
  }),
});

builder.queryFields((t) => ({
  findGatherings: t.field({
    type: Result,
    description: "Gatherings near a place or point (online ones always included), soonest first.",
    args: { input: t.arg({ type: SearchInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const { latitude, longitude, ...rest } = input;
      const near = latitude != null && longitude != null ? { latitude, longitude } : null;
      return searchGatherings({
        db: ctx.db,
        geocoder: ctx.directory.geocoder,
        now: ctx.now(),
        search: {
          ...rest,
          near,
          kinds: rest.kinds ?? [],
          attendanceModes: rest.attendanceModes ?? [],
          days: rest.days ?? [],
          timesOfDay: rest.timesOfDay ?? [],
          tags: rest.tags ?? [],
          accessibility: rest.accessibility ?? [],
          startingSoon: rest.startingSoon ?? false,
          happeningNow: rest.happeningNow ?? false,
          order: rest.order ?? "soonest",
          limit: rest.limit ?? 20,
          offset: rest.offset ?? 0,
        },
      });
    },
  }),
  gathering: t.field({
    type: GatheringRef,
    nullable: true,
    description: "One listed gathering; withdrawn listings are not found.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const gathering = await loadGathering(ctx.db, String(id));
      return gathering && !gathering.withdrawnAt ? gathering : null;
    },
  }),
}));
