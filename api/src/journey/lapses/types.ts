// GraphQL for lapses: recorded privately by the person, read by them and by a
// mentor they share their journey with. Recording one answers with a prompt to
// re-plan and changes nothing else.
import { z } from "zod";
import { selectedFieldNames } from "../../audit/selected-fields";
import { ZCalendarDate } from "../../calendar-dates";
import { builder } from "../../graphql/builder";
import { requireViewer } from "../../graphql/viewer";
import { afterLapseMessage, type RePlanLink, rePlanLinks } from "./re-plan";
import { type LapseView, readLapses } from "./read-lapses";
import { recordLapse } from "./record-lapse";

const LapseRef = builder.objectRef<LapseView>("Lapse").implement({
  description: "A lapse the person noted. Private: never shown to staff or counted anywhere.",
  fields: (t) => ({
    id: t.exposeID("id"),
    happenedOn: t.exposeString("happenedOn"),
    note: t.exposeString("note", { nullable: true }),
    recordedAt: t.expose("recordedAt", { type: "DateTime" }),
  }),
});

const RePlanLinkRef = builder.objectRef<RePlanLink>("RePlanLink").implement({
  fields: (t) => ({ label: t.exposeString("label"), href: t.exposeString("href") }),
});

const LapseRecordedRef = builder.objectRef<{ lapse: LapseView; links: RePlanLink[] }>("LapseRecorded").implement({
  description: "What to say after a lapse is noted: nothing has been reset, and where to go next.",
  fields: (t) => ({
    lapse: t.field({ type: LapseRef, resolve: (recorded) => recorded.lapse }),
    message: t.string({ resolve: () => afterLapseMessage }),
    rePlanLinks: t.field({ type: [RePlanLinkRef], resolve: (recorded) => recorded.links }),
  }),
});

const ZNote = z
  .string()
  .trim()
  .max(2000, "Keep the note to 2,000 characters.")
  .nullish()
  .transform((note) => note || null);

builder.queryFields((t) => ({
  lapses: t.field({
    type: [LapseRef],
    description: "A person's lapses (yours when personId is left out), newest first: for them and their mentor.",
    args: { personId: t.arg.id() },
    authScopes: { signedIn: true },
    resolve: (_root, args, ctx, info) => {
      const personId = args.personId ? String(args.personId) : requireViewer(ctx).personId;
      return readLapses(ctx, personId, { fields: selectedFieldNames(info), via: "Query.lapses" });
    },
  }),
}));

builder.mutationFields((t) => ({
  recordLapse: t.field({
    type: LapseRecordedRef,
    description: "Note a lapse, privately. Nothing is reset: it is a prompt to re-plan.",
    args: {
      happenedOn: t.arg.string({ required: true, validate: ZCalendarDate, description: "YYYY-MM-DD" }),
      note: t.arg.string({ validate: ZNote, description: "Anything you want to remember about it." }),
    },
    authScopes: { signedIn: true },
    resolve: async (_root, { happenedOn, note }, ctx, info) => {
      const viewer = requireViewer(ctx);
      const id = await recordLapse({ ctx, viewer, happenedOn, note: note ?? null });
      const fields = selectedFieldNames(info, ["lapse"]);
      const [lapse] = await readLapses(ctx, viewer.personId, { fields, via: "Mutation.recordLapse" }, id);
      return { lapse: lapse!, links: await rePlanLinks(ctx, viewer.personId) };
    },
  }),
}));
