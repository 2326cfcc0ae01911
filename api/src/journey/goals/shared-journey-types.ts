// GraphQL for opening someone else's journey (/journey/people/:personId): who
// they are and how the viewer stands to them, under the journey's access rule,
// audited; and, on a match, the mentee's id so their mentor can get there.
import { schema } from "@kinship/db";
import { eq } from "drizzle-orm";
import { selectedFieldNames } from "../../audit/selected-fields";
import { builder } from "../../graphql/builder";
import { MatchRef } from "../../mentoring/matches/types";
import { JourneyRelationshipEnum } from "../enums";
import { type JourneyStanding, journeyStanding, readAudited, recordJourneyRead } from "../journey-access";

interface SharedJourneyView {
  personId: string;
  displayName: string;
  standing: JourneyStanding;
}

const SharedJourneyRef = builder.objectRef<SharedJourneyView>("SharedJourney").implement({
  description: "Whose journey this is, and why the viewer may see it.",
  fields: (t) => ({
    personId: t.exposeID("personId"),
    displayName: t.exposeString("displayName"),
    relationship: t.field({ type: JourneyRelationshipEnum, resolve: (view) => view.standing.kind }),
    canSeeLapses: t.boolean({
      description: "Lapses are shown to the person and their mentor only, never to staff.",
      resolve: (view) => view.standing.kind !== "service",
    }),
  }),
});

builder.queryFields((t) => ({
  sharedJourney: t.field({
    type: SharedJourneyRef,
    description: "Someone's journey as the viewer may see it; refused unless they have chosen to share it.",
    args: { personId: t.arg.id({ required: true }) },
    authScopes: { signedIn: true },
    resolve: async (_root, args, ctx, info) => {
      const personId = String(args.personId);
      const standing = await journeyStanding(ctx, personId);
      const { people } = schema;
      const select = ctx.db.select({ displayName: people.displayName }).from(people).where(eq(people.id, personId));
      const audit = recordJourneyRead(ctx, personId, standing, {
        fields: selectedFieldNames(info),
        via: "Query.sharedJourney",
      });
      const [[person]] = await readAudited(ctx, audit, [select]);
      return { personId, displayName: person?.displayName ?? "Someone", standing };
    },
  }),
}));

builder.objectField(MatchRef, "menteeId", (t) =>
  t.id({
    description: "The person being mentored: their mentor opens their journey with it, if it is shared.",
    resolve: (view) => view.match.menteePersonId,
  }),
);
