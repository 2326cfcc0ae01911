// GraphQL for organisers: recovery champions and staff list, edit, confirm,
// cancel and reschedule their own organisation's gatherings, and nobody else's.

import { gatherings } from "@kinship/db/schema";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { AppError } from "../errors";
import { builder, enumOfValues } from "../graphql/builder";
import type { Context } from "../graphql/context";
import { changeListingStatus, listingStatusChanges } from "./change-listing-status";
import { changeOccurrence, occurrenceChangeKinds } from "./change-occurrence";
import { createGathering } from "./create-gathering";
import { type GatheringInput as GatheringInputValues, repeatKinds, ZGatheringInput } from "./gathering-input";
import { gatheringOwner, loadGathering, loadGatherings } from "./gathering-record";
import { AccessibilityFeatureEnum, AttendanceModeEnum, GatheringKindEnum, GatheringRef } from "./gathering-types";
import { WeekdayEnum } from "./search-types";
import { updateGathering } from "./update-gathering";

const RepeatEnum = enumOfValues("Repeat", repeatKinds);
const OccurrenceChangeEnum = enumOfValues("OccurrenceChange", occurrenceChangeKinds);
const ListingStatusChangeEnum = enumOfValues("ListingStatusChange", listingStatusChanges);

const ScheduleInput = builder.inputType("GatheringScheduleInput", {
  fields: (t) => ({
    repeat: t.field({ type: RepeatEnum, required: true }),
    startsOn: t.string({ required: true, description: "Local date of the first (or only) time, YYYY-MM-DD." }),
    startTime: t.string({ required: true, description: "Local 24-hour start time, HH:MM." }),
    durationMinutes: t.int({ required: true }),
    timezone: t.string({ description: "IANA time zone; Europe/London when left out." }),
    weekdays: t.field({ type: [WeekdayEnum] }),
    everyWeeks: t.int({ description: "Weekly only: 2 for every other week." }),
    weeksOfMonth: t.intList({ description: "Monthly only: 1–4, or -1 for the last." }),
    endsOn: t.string({ description: "Local date of the last time, if it ends." }),
  }),
});

const PlaceInput = builder.inputType("GatheringPlaceInput", {
  fields: (t) => ({
    venueName: t.string({ required: true }),
    address: t.string({ required: true }),
    town: t.string({ required: true }),
    postcode: t.string({ required: true }),
    latitude: t.float(),
    longitude: t.float(),
  }),
});

const OnlineInput = builder.inputType("OnlineJoiningInput", {
  fields: (t) => ({ url: t.string(), phone: t.string(), notes: t.string() }),
});

const GatheringInput = builder.inputType("GatheringInput", {
  validate: ZGatheringInput,
  fields: (t) => ({
    name: t.string({ required: true }),
    kind: t.field({ type: GatheringKindEnum, required: true }),
    description: t.string({ required: true }),
    attendanceMode: t.field({ type: AttendanceModeEnum, required: true }),
    schedule: t.field({ type: ScheduleInput, required: true }),
    place: t.field({ type: PlaceInput }),
    online: t.field({ type: OnlineInput }),
    accessibility: t.field({ type: [AccessibilityFeatureEnum] }),
    accessibilityNotes: t.string(),
    tags: t.stringList(),
    contactEmail: t.string(),
    contactPhone: t.string(),
    website: t.string(),
  }),
});

const OccurrenceChangeInput = builder.inputType("OccurrenceChangeInput", {
  fields: (t) => ({
    occurrenceOn: t.string({
      required: true,
      validate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-31."),
    }),
    change: t.field({ type: OccurrenceChangeEnum, required: true }),
    movedToOn: t.string({ validate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-31.") }),
    movedToTime: t.string({
      validate: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a 24-hour time like 19:00."),
    }),
    note: t.string({ validate: z.string().max(300, "Keep the note to 300 characters.") }),
  }),
});

async function reload(ctx: Context, id: string) {
  const gathering = await loadGathering(ctx.db, id);
  if (!gathering) throw new AppError("NOT_FOUND", "That listing no longer exists.");
  return gathering;
}

builder.queryFields((t) => ({
  organisationGatherings: t.field({
    type: [GatheringRef],
    description: "All of an organisation's listings, withdrawn ones included, for its organisers.",
    args: { organisationId: t.arg.id({ required: true }) },
    authScopes: (_root, { organisationId }) => ({ promoterOf: String(organisationId) }),
    resolve: (_root, { organisationId }, ctx) =>
      loadGatherings(ctx.db, eq(gatherings.organisationId, String(organisationId))).then((list) =>
        list.sort((a, b) => a.name.localeCompare(b.name)),
      ),
  }),
}));

builder.mutationFields((t) => ({
  createGathering: t.field({
    type: GatheringRef,
    args: { organisationId: t.arg.id({ required: true }), input: t.arg({ type: GatheringInput, required: true }) },
    authScopes: (_root, { organisationId }) => ({ promoterOf: String(organisationId) }),
    resolve: async (_root, { organisationId, input }, ctx) =>
      reload(
        ctx,
        await createGathering({
          ctx,
          organisationId: String(organisationId),
          input: input as unknown as GatheringInputValues,
        }),
      ),
  }),
  updateGathering: t.field({
    type: GatheringRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: GatheringInput, required: true }) },
    authScopes: async (_root, { id }, ctx) => ({ promoterOf: await gatheringOwner(ctx.db, id) }),
    resolve: async (_root, { id, input }, ctx) => {
      await updateGathering({ ctx, id: String(id), input: input as unknown as GatheringInputValues });
      return reload(ctx, String(id));
    },
  }),
  changeListingStatus: t.field({
    type: GatheringRef,
    description: "Confirm a listing is still right, cancel or reinstate it, or withdraw it from the finder.",
    args: { id: t.arg.id({ required: true }), change: t.arg({ type: ListingStatusChangeEnum, required: true }) },
    authScopes: async (_root, { id }, ctx) => ({ promoterOf: await gatheringOwner(ctx.db, id) }),
    resolve: async (_root, { id, change }, ctx) => {
      await changeListingStatus({ ctx, id: String(id), change });
      return reload(ctx, String(id));
    },
  }),
  changeOccurrence: t.field({
    type: GatheringRef,
    description: "Cancel, move or restore one date of a gathering, leaving the rest of the series as it is.",
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: OccurrenceChangeInput, required: true }) },
    authScopes: async (_root, { id }, ctx) => ({ promoterOf: await gatheringOwner(ctx.db, id) }),
    resolve: async (_root, { id, input }, ctx) => {
      await changeOccurrence({ ctx, gathering: await reload(ctx, String(id)), input });
      return reload(ctx, String(id));
    },
  }),
}));
