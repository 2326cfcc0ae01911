// GraphQL types of volunteering hours: a person's own entries and totals, and
// what an organisation's coordinators see (entries with names, and totals).

import { builder } from "../graphql/builder";
import type { Context } from "../graphql/context";
import { HoursStatusEnum, VolunteeringActivityEnum } from "../mentoring/enums";
import { Organisation } from "../organisations/types";
import { ZHoursInput } from "./hours-input";
import type { HoursTotals } from "./hours-totals";
import type { MyEntry, MyHours } from "./my-hours";
import type { StaffEntry } from "./staff-entries";

export const HoursInput = builder.inputType("HoursInput", {
  validate: ZHoursInput,
  fields: (t) => ({
    activity: t.field({ type: VolunteeringActivityEnum, required: true }),
    workedOn: t.string({
      required: true,
      description: "The day, YYYY-MM-DD: not in the future, nor over 12 months ago.",
    }),
    minutes: t.int({ required: true, description: "Whole minutes, 15 to 720 (12 hours) for one day." }),
    description: t.string({ description: "What you did, in up to 200 characters (optional)." }),
  }),
});

export const VolunteeringEntry = builder.objectRef<MyEntry>("VolunteeringEntry").implement({
  description: "One of your own entries of volunteering hours.",
  fields: (t) => ({
    id: t.exposeID("id"),
    organisation: t.field({ type: Organisation, resolve: (entry) => entry.organisation }),
    activity: t.expose("activity", { type: VolunteeringActivityEnum }),
    workedOn: t.exposeString("workedOn"),
    minutes: t.exposeInt("minutes"),
    description: t.exposeString("description"),
    status: t.expose("status", { type: HoursStatusEnum }),
    declineReason: t.exposeString("declineReason", { nullable: true }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    isFromSupportSession: t.boolean({
      description: "Logged for you from a support session; it follows the session, so you can't edit it here.",
      resolve: (entry) => entry.supportSessionId !== null,
    }),
  }),
});

type ActivityTotals = MyHours["byActivity"][number];
const HoursByActivity = builder.objectRef<ActivityTotals>("HoursByActivity").implement({
  fields: (t) => ({
    activity: t.expose("activity", { type: VolunteeringActivityEnum }),
    approvedMinutes: t.exposeInt("approvedMinutes"),
    pendingMinutes: t.exposeInt("pendingMinutes"),
  }),
});

type OrganisationTotals = MyHours["byOrganisation"][number];
const HoursByOrganisation = builder.objectRef<OrganisationTotals>("HoursByOrganisation").implement({
  fields: (t) => ({
    organisation: t.field({ type: Organisation, resolve: (totals) => totals.organisation }),
    approvedMinutes: t.exposeInt("approvedMinutes"),
    pendingMinutes: t.exposeInt("pendingMinutes"),
  }),
});

const VolunteeringMilestone = builder.objectRef<MyHours["milestones"][number]>("VolunteeringMilestone").implement({
  fields: (t) => ({
    hours: t.exposeInt("hours", { description: "Verified hours: 10, 50, 100, 250, 500 or 1000." }),
    reachedAt: t.expose("reachedAt", { type: "DateTime" }),
  }),
});

const NextMilestone = builder.objectRef<{ hours: number; minutesToGo: number }>("NextMilestone").implement({
  fields: (t) => ({
    hours: t.exposeInt("hours"),
    minutesToGo: t.exposeInt("minutesToGo", { description: "Verified minutes still to go." }),
  }),
});

export const MyVolunteeringHours = builder.objectRef<MyHours>("MyVolunteeringHours").implement({
  description: "Your volunteering: entries newest first, and totals across every organisation.",
  fields: (t) => ({
    entries: t.field({ type: [VolunteeringEntry], resolve: (mine) => mine.entries }),
    approvedMinutes: t.exposeInt("approvedMinutes", { description: "Verified: approved by a coordinator." }),
    pendingMinutes: t.exposeInt("pendingMinutes", { description: "Waiting for a coordinator to check." }),
    byActivity: t.field({ type: [HoursByActivity], resolve: (mine) => mine.byActivity }),
    byOrganisation: t.field({ type: [HoursByOrganisation], resolve: (mine) => mine.byOrganisation }),
    milestones: t.field({ type: [VolunteeringMilestone], resolve: (mine) => mine.milestones }),
    nextMilestone: t.field({ type: NextMilestone, nullable: true, resolve: (mine) => mine.nextMilestone }),
  }),
});

export const OrganisationHoursEntry = builder.objectRef<StaffEntry>("OrganisationHoursEntry").implement({
  description: "An entry of hours given to an organisation, for its coordinators. Every read is audited.",
  fields: (t) => ({
    id: t.exposeID("id"),
    personName: t.exposeString("personName", {
      nullable: true,
      description: "Null when the person has since deleted their account: their hours still count.",
    }),
    isYours: t.boolean({
      description: "Your own entry: another coordinator must check it.",
      resolve: (entry, _args, ctx: Context) => entry.personId !== null && entry.personId === ctx.viewer?.personId,
    }),
    activity: t.expose("activity", { type: VolunteeringActivityEnum }),
    workedOn: t.exposeString("workedOn"),
    minutes: t.exposeInt("minutes"),
    description: t.exposeString("description"),
    status: t.expose("status", { type: HoursStatusEnum }),
    declineReason: t.exposeString("declineReason", { nullable: true }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const PersonHoursTotal = builder.objectRef<HoursTotals["byPerson"][number]>("PersonHoursTotal").implement({
  fields: (t) => ({
    personName: t.exposeString("personName", {
      nullable: true,
      description: "Null for the hours of people who have since deleted their accounts, counted together.",
    }),
    approvedMinutes: t.exposeInt("approvedMinutes"),
    entryCount: t.exposeInt("entryCount"),
  }),
});

const ActivityHoursTotal = builder.objectRef<HoursTotals["byActivity"][number]>("ActivityHoursTotal").implement({
  fields: (t) => ({
    activity: t.expose("activity", { type: VolunteeringActivityEnum }),
    approvedMinutes: t.exposeInt("approvedMinutes"),
  }),
});

const MonthHoursTotal = builder.objectRef<HoursTotals["byMonth"][number]>("MonthHoursTotal").implement({
  fields: (t) => ({
    month: t.exposeString("month", { description: "YYYY-MM." }),
    approvedMinutes: t.exposeInt("approvedMinutes"),
  }),
});

export const HoursTotalsRef = builder.objectRef<HoursTotals>("HoursTotals").implement({
  description: "Verified (approved) hours given to an organisation, within dates. Coordinators only; audited.",
  fields: (t) => ({
    from: t.exposeString("from", { nullable: true }),
    to: t.exposeString("to", { nullable: true }),
    approvedMinutes: t.exposeInt("approvedMinutes"),
    pendingMinutes: t.exposeInt("pendingMinutes", { description: "Still waiting to be checked, in the same dates." }),
    byPerson: t.field({ type: [PersonHoursTotal], resolve: (totals) => totals.byPerson }),
    byActivity: t.field({ type: [ActivityHoursTotal], resolve: (totals) => totals.byActivity }),
    byMonth: t.field({ type: [MonthHoursTotal], resolve: (totals) => totals.byMonth }),
  }),
});
