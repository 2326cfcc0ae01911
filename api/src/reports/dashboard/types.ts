// GraphQL for the service dashboard: `serviceDashboard(organisationId, from, to)`,
// for the organisation's coordinators and administrators (second factor proven).
// Journey figures are nullable: null means fewer than five people, not shown.

import { ZCalendarDate } from "../../calendar-dates";
import { builder, enumOfValues } from "../../graphql/builder";
import { requireViewer } from "../../graphql/viewer";
import type { QuietPerson } from "./gone-quiet";
import { quietActivities, quietReasons } from "./gone-quiet-query";
import type { GoalCompletion, NetworkGrowth, RecoveryCapitalChange } from "./journey-change";
import type { MonthlyActivity } from "./monthly-activity";
import { type ServiceDashboard, serviceDashboard } from "./service-dashboard";

const QuietReasonEnum = enumOfValues("QuietReason", quietReasons);
const QuietActivityEnum = enumOfValues("QuietActivity", quietActivities);
const suppressed = "Null when fewer than five people are behind it (not shown).";

const DashboardMonth = builder.objectRef<MonthlyActivity>("DashboardMonth").implement({
  description: "One month of the organisation's activity (the first and last months cut to the period).",
  fields: (t) => ({
    month: t.exposeString("month", { description: "YYYY-MM" }),
    activeMatches: t.exposeInt("activeMatches", { description: "Matches running at any time in the month." }),
    newMatches: t.exposeInt("newMatches", { description: "Matches that started in the month." }),
    sessionsHeld: t.exposeInt("sessionsHeld"),
    supportMinutes: t.exposeInt("supportMinutes", { description: "Length of the support sessions, added up." }),
    verifiedVolunteeringMinutes: t.exposeInt("verifiedVolunteeringMinutes"),
    pendingVolunteeringMinutes: t.exposeInt("pendingVolunteeringMinutes"),
    attendance: t.exposeInt("attendance", { description: "Check-ins at the organisation's gatherings." }),
  }),
});

const RecoveryCapitalChangeRef = builder.objectRef<RecoveryCapitalChange>("RecoveryCapitalChange").implement({
  description:
    "People with two or more check-ins in the period who agreed to be counted in anonymous reports: first against last.",
  fields: (t) => ({
    peopleCounted: t.exposeInt("peopleCounted", { nullable: true, description: suppressed }),
    improved: t.exposeInt("improved", { nullable: true, description: `Up by 5 points or more. ${suppressed}` }),
    same: t.exposeInt("same", { nullable: true, description: `Within 5 points. ${suppressed}` }),
    worse: t.exposeInt("worse", { nullable: true, description: `Down by 5 points or more. ${suppressed}` }),
    meanChange: t.exposeFloat("meanChange", {
      nullable: true,
      description: "Mean change in score points (of 100); null when the people counted are not shown.",
    }),
  }),
});

const GoalCompletionRef = builder.objectRef<GoalCompletion>("GoalCompletion").implement({
  description: "Goals of people who agreed to be counted in anonymous reports, in the period.",
  fields: (t) => ({
    peopleCounted: t.exposeInt("peopleCounted", { nullable: true, description: suppressed }),
    goalsSet: t.exposeInt("goalsSet", { nullable: true, description: suppressed }),
    goalsAchieved: t.exposeInt("goalsAchieved", { nullable: true, description: suppressed }),
    stepsDone: t.exposeInt("stepsDone", { nullable: true, description: suppressed }),
  }),
});

const NetworkGrowthRef = builder.objectRef<NetworkGrowth>("NetworkGrowth").implement({
  description:
    "People (who agreed to be counted in anonymous reports) whose network map changed in the period: before against after.",
  fields: (t) => ({
    peopleCounted: t.exposeInt("peopleCounted", { nullable: true, description: suppressed }),
    supportiveGrew: t.exposeInt("supportiveGrew", { nullable: true, description: suppressed }),
    supportiveDidNotGrow: t.exposeInt("supportiveDidNotGrow", { nullable: true, description: suppressed }),
    meanRecoveryCommunityAtStart: t.exposeFloat("meanRecoveryCommunityAtStart", { nullable: true }),
    meanRecoveryCommunityAtEnd: t.exposeFloat("meanRecoveryCommunityAtEnd", { nullable: true }),
  }),
});

const QuietPersonRef = builder.objectRef<QuietPerson>("QuietPerson").implement({
  description: "Someone who has gone quiet, for staff to get in touch with. Every read is audited.",
  fields: (t) => ({
    personId: t.exposeID("personId"),
    displayName: t.exposeString("displayName"),
    reason: t.expose("reason", { type: QuietReasonEnum }),
    lastActivity: t.expose("lastActivity", { type: QuietActivityEnum }),
    lastActivityOn: t.exposeString("lastActivityOn"),
    lastActivityPlace: t.exposeString("lastActivityPlace", { nullable: true }),
    matchId: t.exposeID("matchId", { nullable: true }),
    mentorName: t.exposeString("mentorName", { nullable: true }),
    daysQuiet: t.exposeInt("daysQuiet"),
  }),
});

const GoneQuiet = builder.objectRef<ServiceDashboard["goneQuiet"]>("GoneQuiet").implement({
  fields: (t) => ({
    people: t.field({ type: [QuietPersonRef], description: "Quietest first, at most 100.", resolve: (q) => q.people }),
    total: t.exposeInt("total"),
  }),
});

const ServiceDashboardRef = builder.objectRef<ServiceDashboard>("ServiceDashboard").implement({
  fields: (t) => ({
    from: t.exposeString("from"),
    to: t.exposeString("to"),
    today: t.exposeString("today", { description: "The London date the gone-quiet list counts from." }),
    months: t.field({ type: [DashboardMonth], resolve: (d) => d.months }),
    recoveryCapital: t.field({ type: RecoveryCapitalChangeRef, resolve: (d) => d.recoveryCapital }),
    goalCompletion: t.field({ type: GoalCompletionRef, resolve: (d) => d.goalCompletion }),
    networkGrowth: t.field({ type: NetworkGrowthRef, resolve: (d) => d.networkGrowth }),
    goneQuiet: t.field({ type: GoneQuiet, resolve: (d) => d.goneQuiet }),
  }),
});

builder.queryFields((t) => ({
  serviceDashboard: t.field({
    type: ServiceDashboardRef,
    description:
      "An organisation's activity, journey change and people gone quiet between two dates (at most 3 years).",
    args: {
      organisationId: t.arg.id({ required: true }),
      from: t.arg.string({ required: true, validate: ZCalendarDate }),
      to: t.arg.string({ required: true, validate: ZCalendarDate }),
    },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: (_root, { organisationId, from, to }, ctx) =>
      serviceDashboard(ctx, requireViewer(ctx), { organisationId: String(organisationId), from, to }),
  }),
}));
