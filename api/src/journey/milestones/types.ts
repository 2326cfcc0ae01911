// GraphQL for milestones: lapse-tolerant achievements worked out from the
// journey, for the person and whoever they share their journey with (audited).
import { selectedFieldNames } from "../../audit/selected-fields";
import { builder } from "../../graphql/builder";
import { requireViewer } from "../../graphql/viewer";
import { JourneyMilestoneKindEnum } from "../enums";
import { journeyStanding } from "../journey-access";
import type { JourneyMilestone } from "./journey-milestones";
import { type MilestonesView, readMilestones } from "./read-milestones";

const JourneyMilestoneRef = builder.objectRef<JourneyMilestone>("JourneyMilestone").implement({
  description: "Something reached, with the day it was reached. Never taken away, whatever happens.",
  fields: (t) => ({
    kind: t.expose("kind", { type: JourneyMilestoneKindEnum }),
    count: t.exposeInt("count"),
    title: t.exposeString("title"),
    reachedOn: t.exposeString("reachedOn"),
  }),
});

const JourneyMilestonesRef = builder.objectRef<MilestonesView>("JourneyMilestones").implement({
  fields: (t) => ({
    buildingSince: t.exposeString("buildingSince", {
      nullable: true,
      description: "The day of the first check-in or goal, whichever came first.",
    }),
    weeksBuilding: t.exposeInt("weeksBuilding", { nullable: true }),
    buildingSentence: t.exposeString("buildingSentence", {
      nullable: true,
      description: '"You\'ve been building your recovery for 20 weeks."',
    }),
    milestones: t.expose("milestones", { type: [JourneyMilestoneRef], description: "Oldest first." }),
  }),
});

builder.queryFields((t) => ({
  journeyMilestones: t.field({
    type: JourneyMilestonesRef,
    description: "A person's milestones (yours when personId is left out). A lapse never changes them.",
    args: { personId: t.arg.id() },
    authScopes: { signedIn: true },
    resolve: async (_root, args, ctx, info) => {
      const personId = args.personId ? String(args.personId) : requireViewer(ctx).personId;
      const standing = await journeyStanding(ctx, personId);
      return readMilestones(ctx, personId, {
        standing,
        fields: selectedFieldNames(info),
        via: "Query.journeyMilestones",
      });
    },
  }),
}));
