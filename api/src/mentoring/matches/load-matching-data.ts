// What a coordinator's shortlist or batch proposal reads: the requests, every
// mentor of the organisation with live vetting and caseload, and the rules. The
// reads of other people's records are audited in the same batches as the reads.
import { schema } from "@kinship/db";
import { and, eq, ne, type SQL } from "drizzle-orm";
import { recordPeopleRead } from "../../audit/access-record";
import { londonDate } from "../../calendar-dates";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { loadCandidatePool } from "../load-candidates";
import type { ProfileView } from "../profiles/profile-view";
import { profileFieldsRead } from "../profiles/profile-view";
import { loadRequestViews, staffRequestAccess } from "../requests/request-view";
import { loadMentoringSettings } from "../settings";

export async function loadMatchingData(
  ctx: Context,
  organisationId: string,
  requestsWhere: SQL | undefined,
  via: string,
) {
  const viewer = requireViewer(ctx);
  const { mentorProfiles, mentorRequests, organisations } = schema;
  const requests = await loadRequestViews(
    ctx,
    and(eq(mentorRequests.organisationId, organisationId), requestsWhere),
    "staff",
    staffRequestAccess(organisationId, via),
  );
  const profilesRead = recordPeopleRead(
    ctx,
    viewer,
    {
      table: mentorProfiles,
      personId: mentorProfiles.personId,
      where: and(eq(mentorProfiles.organisationId, organisationId), ne(mentorProfiles.personId, viewer.personId)),
    },
    { organisationId, relationship: "staff of the mentor's organisation", fields: profileFieldsRead, via },
  );
  const [pool, settings, [organisation]] = await Promise.all([
    loadCandidatePool(ctx.db, organisationId, londonDate(ctx.now()), undefined, [profilesRead]),
    loadMentoringSettings(ctx, organisationId),
    ctx.db.select().from(organisations).where(eq(organisations.id, organisationId)),
  ]);
  const profiles: ProfileView[] = pool.map((member) => ({ ...member, organisation: organisation! }));
  return { requests, profiles, settings };
}
