// GraphQL for recovery-capital check-ins: the form a person is offered, their
// answers, and the history that the person, their mentor (with consent) and
// their service (with consent) may read. The note is for the person and anyone
// they share their journey with, so it goes wherever the rest of the check-in goes.
import type { GraphQLResolveInfo } from "graphql";
import { selectedFieldNames } from "../../audit/selected-fields";
import { builder } from "../../graphql/builder";
import { requireViewer } from "../../graphql/viewer";
import { journeyStanding } from "../journey-access";
import { CheckInRef, DomainChangeRef } from "./check-in-types";
import { type CheckInInput, completeCheckIn, ZCheckInInput } from "./complete-check-in";
import { RecoveryInstrumentRef } from "./instrument-types";
import { type CheckInFormView, readCheckInForm } from "./read-check-in-form";
import {
  type CheckInHistoryView,
  type CheckInSummaryView,
  type CheckInView,
  readCheckInHistory,
} from "./read-check-in-history";

const CheckInHistoryRef = builder.objectRef<CheckInHistoryView>("CheckInHistory").implement({
  description:
    "A person's check-ins with the instrument of their newest one; strengths, gaps and change are the newest's.",
  fields: (t) => ({
    instrument: t.field({ type: RecoveryInstrumentRef, resolve: (history) => history.instrument }),
    checkIns: t.field({ type: [CheckInRef], description: "Newest first.", resolve: (history) => history.checkIns }),
    otherCheckIns: t.field({
      type: [CheckInRef],
      description: "Taken with other instruments or versions, newest first: not comparable with the trend.",
      resolve: (history) => history.otherCheckIns,
    }),
    strengths: t.exposeStringList("strengths"),
    gaps: t.exposeStringList("gaps"),
    changeSinceLast: t.expose("changeSinceLast", { type: [DomainChangeRef] }),
    checkInEveryWeeks: t.exposeInt("checkInEveryWeeks"),
    lastTakenOn: t.exposeString("lastTakenOn", { nullable: true }),
    nextSuggestedOn: t.exposeString("nextSuggestedOn", { nullable: true }),
  }),
});

const CheckInFormRef = builder.objectRef<CheckInFormView>("CheckInForm").implement({
  description: "The check-in you are offered: your organisation's choice, or the built-in one.",
  fields: (t) => ({
    instrument: t.field({ type: RecoveryInstrumentRef, resolve: (form) => form.instrument }),
    checkInEveryWeeks: t.exposeInt("checkInEveryWeeks"),
    lastTakenOn: t.exposeString("lastTakenOn", { nullable: true }),
    nextSuggestedOn: t.exposeString("nextSuggestedOn", {
      nullable: true,
      description: "Your last check-in plus the interval; null when you have not checked in yet.",
    }),
    today: t.exposeString("today", { description: "Today's date in the UK: the latest a check-in can be for." }),
  }),
});

const CompletedCheckInRef = builder
  .objectRef<CheckInSummaryView & { checkIn: CheckInView; nextSuggestedOn: string }>("CompletedCheckIn")
  .implement({
    fields: (t) => ({
      checkIn: t.field({ type: CheckInRef, resolve: (done) => done.checkIn }),
      strengths: t.exposeStringList("strengths"),
      gaps: t.exposeStringList("gaps"),
      changeSinceLast: t.expose("changeSinceLast", { type: [DomainChangeRef] }),
      nextSuggestedOn: t.exposeString("nextSuggestedOn"),
    }),
  });

const CheckInAnswerInputRef = builder.inputType("CheckInAnswerInput", {
  fields: (t) => ({ itemCode: t.string({ required: true }), value: t.int({ required: true }) }),
});

const CheckInInputRef = builder.inputType("CheckInInput", {
  validate: ZCheckInInput,
  fields: (t) => ({
    instrumentId: t.id({ required: true }),
    takenOn: t.string({ description: "YYYY-MM-DD; today (UK) when left out; never in the future." }),
    answers: t.field({ type: [CheckInAnswerInputRef], required: true }),
    note: t.string({ description: "Up to 1,000 characters, for you and anyone you share your journey with." }),
  }),
});

// What the audit records as read: the top-level fields, and which fields of each check-in.
function readFields(info: GraphQLResolveInfo) {
  const top = selectedFieldNames(info);
  const nested = ["checkIns", "otherCheckIns"].flatMap((list) =>
    top.includes(list) ? selectedFieldNames(info, [list]).map((field) => `${list}.${field}`) : [],
  );
  return [...top, ...nested];
}

builder.queryFields((t) => ({
  recoveryCheckIns: t.field({
    type: CheckInHistoryRef,
    description: "Check-ins of a person (yourself when left out): for them, and whoever they share their journey with.",
    args: { personId: t.arg.id() },
    authScopes: { signedIn: true },
    resolve: async (_root, { personId }, ctx, info) => {
      const subject = personId ? String(personId) : requireViewer(ctx).personId;
      const standing = await journeyStanding(ctx, subject);
      return readCheckInHistory(ctx, subject, standing, readFields(info));
    },
  }),
  checkInForm: t.field({
    type: CheckInFormRef,
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => readCheckInForm(ctx, requireViewer(ctx).personId),
  }),
}));

builder.mutationFields((t) => ({
  completeCheckIn: t.field({
    type: CompletedCheckInRef,
    description: "Check in: answer every question. One check-in a day; a second the same day is refused.",
    args: { input: t.arg({ type: CheckInInputRef, required: true }) },
    authScopes: { signedIn: true },
    resolve: (_root, { input }, ctx) => {
      const viewer = requireViewer(ctx);
      return completeCheckIn({ ctx, viewer, input: input as unknown as CheckInInput });
    },
  }),
}));
