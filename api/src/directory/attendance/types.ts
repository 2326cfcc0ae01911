// GraphQL for attendance: a person's own "I'm going" and check-ins, the
// organiser's check-in code, and who came, for the organisation's coordinators only.
import { schema } from "@kinship/db";
import { attendanceStatuses } from "@kinship/db/schema";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { recordPeopleRead } from "../../audit/access-record";
import { AppError } from "../../errors";
import { builder, enumOfValues } from "../../graphql/builder";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { type GatheringRecord, gatheringOwner, loadGathering, loadGatherings } from "../gathering-record";
import { GatheringRef } from "../gathering-types";
import { checkIn, openCheckIn } from "./check-in";
import { setGoing } from "./set-going";

type AttendanceRow = typeof schema.gatheringAttendance.$inferSelect;
const StatusEnum = enumOfValues("AttendanceStatus", attendanceStatuses);
const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-31.");

const MyAttendance = builder.objectRef<AttendanceRow & { gathering: GatheringRecord }>("MyAttendance").implement({
  fields: (t) => ({
    gathering: t.field({ type: GatheringRef, resolve: (a) => a.gathering }),
    occurrenceOn: t.exposeString("occurrenceOn"),
    status: t.expose("status", { type: StatusEnum }),
    checkedInAt: t.expose("checkedInAt", { type: "DateTime", nullable: true }),
  }),
});

const Attendee = builder.objectRef<{ displayName: string } & AttendanceRow>("Attendee").implement({
  description: "Someone going to, or who came to, one date. Coordinators only; every read is audited.",
  fields: (t) => ({
    displayName: t.exposeString("displayName"),
    status: t.expose("status", { type: StatusEnum }),
    checkedInAt: t.expose("checkedInAt", { type: "DateTime", nullable: true }),
  }),
});

const CheckInCode = builder
  .objectRef<{ code: string; occurrenceOn: string; expiresAt: Date }>("CheckInCode")
  .implement({
    fields: (t) => ({
      code: t.exposeString("code"),
      path: t.string({ description: "Where the QR code points, on this site.", resolve: (c) => `/check-in/${c.code}` }),
      occurrenceOn: t.exposeString("occurrenceOn"),
      expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    }),
  });

async function myAttendance(ctx: Context, where: ReturnType<typeof and>) {
  const rows = await ctx.db.select().from(schema.gatheringAttendance).where(where);
  const gatherings = rows.length
    ? await loadGatherings(ctx.db, inArray(schema.gatherings.id, [...new Set(rows.map((r) => r.gatheringId))]))
    : [];
  const byId = new Map(gatherings.map((g) => [g.id, g]));
  return rows.flatMap((row) => {
    const gathering = byId.get(row.gatheringId);
    return gathering ? [{ ...row, gathering }] : [];
  });
}

builder.queryFields((t) => ({
  myAttendance: t.field({
    type: [MyAttendance],
    description: "The dates you said you were going to, or checked in at, newest first.",
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      const list = await myAttendance(ctx, eq(schema.gatheringAttendance.personId, requireViewer(ctx).personId));
      return list.sort((a, b) => b.occurrenceOn.localeCompare(a.occurrenceOn));
    },
  }),
  gatheringAttendees: t.field({
    type: [Attendee],
    args: {
      gatheringId: t.arg.id({ required: true }),
      occurrenceOn: t.arg.string({ required: true, validate: ZDate }),
    },
    authScopes: async (_root, { gatheringId }, ctx) => ({ staffOf: await gatheringOwner(ctx.db, gatheringId) }),
    resolve: async (_root, { gatheringId, occurrenceOn }, ctx) => {
      const viewer = requireViewer(ctx);
      const { gatheringAttendance, people } = schema;
      const these = and(
        eq(gatheringAttendance.gatheringId, String(gatheringId)),
        eq(gatheringAttendance.occurrenceOn, occurrenceOn),
      );
      const [, rows] = await ctx.db.batch([
        recordPeopleRead(
          ctx,
          viewer,
          { table: gatheringAttendance, personId: gatheringAttendance.personId, where: these },
          {
            organisationId: await gatheringOwner(ctx.db, gatheringId),
            relationship: "staff of the gathering's organisation",
            fields: ["displayName", "attendance"],
            via: "Query.gatheringAttendees",
          },
        ),
        ctx.db
          .select({ attendance: gatheringAttendance, displayName: people.displayName })
          .from(gatheringAttendance)
          .innerJoin(people, eq(people.id, gatheringAttendance.personId))
          .where(these),
      ]);
      return rows.map((row) => ({ ...row.attendance, displayName: row.displayName }));
    },
  }),
}));

builder.mutationFields((t) => ({
  setGoing: t.boolean({
    description:
      "Say you are going to one date of a gathering (or no longer going). Only you and its coordinators see it.",
    authScopes: { signedIn: true },
    args: {
      gatheringId: t.arg.id({ required: true }),
      occurrenceOn: t.arg.string({ required: true, validate: ZDate }),
      isGoing: t.arg.boolean({ required: true }),
    },
    resolve: async (_root, { gatheringId, occurrenceOn, isGoing }, ctx) => {
      await setGoing({ ctx, viewer: requireViewer(ctx), gatheringId: String(gatheringId), occurrenceOn, isGoing });
      return true;
    },
  }),
  openCheckIn: t.field({
    type: CheckInCode,
    description: "A check-in code for the date happening now or within two hours, to show as a QR code.",
    args: { gatheringId: t.arg.id({ required: true }) },
    authScopes: async (_root, { gatheringId }, ctx) => ({ promoterOf: await gatheringOwner(ctx.db, gatheringId) }),
    resolve: async (_root, { gatheringId }, ctx) => {
      const gathering = await loadGathering(ctx.db, String(gatheringId));
      if (!gathering) throw new AppError("NOT_FOUND", "That gathering no longer exists.");
      return openCheckIn({ ctx, gathering });
    },
  }),
  checkIn: t.field({
    type: MyAttendance,
    description: "Check in with the code from the organiser's QR code.",
    authScopes: { signedIn: true },
    args: { code: t.arg.string({ required: true, validate: z.string().min(1).max(100) }) },
    resolve: async (_root, { code }, ctx) => {
      const viewer = requireViewer(ctx);
      const { gatheringId, occurrenceOn } = await checkIn({ ctx, viewer, code });
      const { gatheringAttendance } = schema;
      const [record] = await myAttendance(
        ctx,
        and(
          eq(gatheringAttendance.personId, viewer.personId),
          eq(gatheringAttendance.gatheringId, gatheringId),
          eq(gatheringAttendance.occurrenceOn, occurrenceOn),
        ),
      );
      return record!;
    },
  }),
}));
