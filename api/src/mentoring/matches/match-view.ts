// Loading matches as the viewer may see them: the mentee (not audited, it is
// their own), the mentor (audited: they read the mentee's request), or staff of
// the match's organisation (audited, for both people). The audit rows are
// written in the same batch as the read. Reasons are worked out again from the
// request and profile as they are now, then cut to what this viewer may see.
import { schema } from "@kinship/db";
import type { MatchStatus, ProfileField } from "@kinship/db/schema";
import { and, desc, eq, inArray, ne, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { recordPeopleRead } from "../../audit/access-record";
import { hasCurrentSecondFactor } from "../../auth/sessions";
import { type Context, staffRoles } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import { candidateFrom, caseloadsOf, type ProfileRow, type RequestRow, seekerFrom } from "../load-candidates";
import { scoreMatch } from "../matching/match-score";
import type { Reason } from "../matching/types";
import { standingsAsMentee } from "../profiles/viewer-standing";
import { isFieldVisible, type ViewerStanding } from "../profiles/visibility";
import { loadSettingsByOrganisation } from "../vetting/load-vetting";
import type { Actor, MatchRow } from "./match-lifecycle";

export interface EventView {
  fromStatus: MatchStatus | null;
  toStatus: MatchStatus;
  reason: string | null;
  at: Date;
  byName: string | null;
}

export interface MatchView {
  match: MatchRow;
  menteeName: string;
  /** Null once the mentor has left Kinship: the match stays the mentee's record. */
  mentorName: string | null;
  profile: ProfileRow | null;
  request: RequestRow;
  /** Who the viewer is in this match: what they may see follows from it. */
  viewerRole: Actor;
  standing: ViewerStanding;
  reasons: string[];
  history: EventView[];
}

/** A mentor hears of a match once it is proposed to them, not while the person is still choosing. */
export const statusesShownToMentor: readonly MatchStatus[] = [
  "proposed",
  "accepted",
  "active",
  "paused",
  "ended",
  "declined",
];

/** Organisations where the viewer is staff with a second factor proven in this session. */
function staffOrganisationIds(ctx: Context): string[] {
  const viewer = ctx.viewer;
  if (!viewer || !hasCurrentSecondFactor(viewer.session, ctx.now())) return [];
  return [...viewer.roles].filter(([, role]) => staffRoles.includes(role)).map(([id]) => id);
}

export function actorsIn(ctx: Context, match: Pick<MatchRow, "menteePersonId" | "mentorPersonId" | "organisationId">) {
  const viewer = requireViewer(ctx);
  const actors = new Set<Actor>();
  if (match.menteePersonId === viewer.personId) actors.add("mentee");
  if (match.mentorPersonId === viewer.personId) actors.add("mentor");
  if (staffOrganisationIds(ctx).includes(match.organisationId)) actors.add("staff");
  return actors;
}

// Shared experience and recovery pathway are about the mentee's own history: the
// mentor learns those from the person, not from the matcher's explanation.
const aboutTheMentee: readonly Reason["factor"][] = ["sharedExperience", "pathway"];

function reasonsFor(view: Omit<MatchView, "reasons" | "history">, reasons: Reason[]) {
  const visible = reasons.filter((reason) => {
    if (view.viewerRole === "staff") return true;
    if (view.viewerRole === "mentor") return !aboutTheMentee.includes(reason.factor);
    const visibility = view.profile?.visibility ?? {};
    return reason.reveals === null || isFieldVisible(visibility, reason.reveals as ProfileField, view.standing);
  });
  return visible.map((reason) => reason.text);
}

function auditStatements(ctx: Context, where: SQL | undefined, organisationIds: string[]) {
  const viewer = requireViewer(ctx);
  const { mentoringMatches: m } = schema;
  const staffOf = new Set(staffOrganisationIds(ctx));
  return organisationIds.flatMap((organisationId) => {
    const inOrganisation = and(where, eq(m.organisationId, organisationId));
    const asMentor = and(inOrganisation, eq(m.mentorPersonId, viewer.personId), ne(m.menteePersonId, viewer.personId));
    const statements = [
      recordPeopleRead(
        ctx,
        viewer,
        { table: m, personId: m.menteePersonId, where: asMentor },
        { organisationId, relationship: "the person's mentor", fields: ["match", "request"], via: "Match" },
      ),
    ];
    if (staffOf.has(organisationId)) {
      const asStaff = and(inOrganisation, ne(m.mentorPersonId, viewer.personId), ne(m.menteePersonId, viewer.personId));
      const access = { organisationId, relationship: "staff of the match's organisation", via: "Match" };
      statements.push(
        recordPeopleRead(
          ctx,
          viewer,
          { table: m, personId: m.menteePersonId, where: asStaff },
          { ...access, fields: ["match", "request"] },
        ),
        recordPeopleRead(
          ctx,
          viewer,
          { table: m, personId: m.mentorPersonId, where: asStaff },
          { ...access, fields: ["match", "mentorProfile"] },
        ),
      );
    }
    return statements;
  });
}

/** Matches `where` picks; the caller has already decided the viewer may see each one. */
export async function loadMatchViews(ctx: Context, where: SQL | undefined): Promise<MatchView[]> {
  const viewer = requireViewer(ctx);
  const { mentoringMatches: m, mentorProfiles, mentorRequests, people, matchEvents } = schema;
  const organisations = await ctx.db.selectDistinct({ id: m.organisationId }).from(m).where(where);
  if (organisations.length === 0) return [];
  const mentee = alias(people, "mentee");
  const mentor = alias(people, "mentor");
  const read = ctx.db
    .select({
      match: m,
      menteeName: mentee.displayName,
      mentorName: mentor.displayName,
      profile: mentorProfiles,
      request: mentorRequests,
    })
    .from(m)
    .innerJoin(mentee, eq(mentee.id, m.menteePersonId))
    .leftJoin(mentor, eq(mentor.id, m.mentorPersonId))
    .leftJoin(mentorProfiles, eq(mentorProfiles.id, m.mentorProfileId))
    .innerJoin(mentorRequests, eq(mentorRequests.id, m.requestId))
    .where(where)
    .orderBy(desc(m.createdAt), m.id);
  const audits = auditStatements(
    ctx,
    where,
    organisations.map((o) => o.id),
  );
  const results = await ctx.db.batch([read, ...audits]);
  const rows = results[0];
  const ids = rows.map((row) => row.match.id);
  const [events, caseloads, settings, standings] = await Promise.all([
    ctx.db
      .select({ event: matchEvents, byName: people.displayName })
      .from(matchEvents)
      .leftJoin(people, eq(people.id, matchEvents.byPersonId))
      .where(inArray(matchEvents.matchId, ids))
      .orderBy(matchEvents.id),
    caseloadsOf(
      ctx.db,
      rows.flatMap((row) => (row.profile ? [row.profile.id] : [])),
    ),
    loadSettingsByOrganisation(
      ctx.db,
      organisations.map((o) => o.id),
    ),
    standingsAsMentee(ctx, viewer.personId),
  ]);
  return rows.map((row) => {
    const actors = actorsIn(ctx, row.match);
    const viewerRole: Actor = actors.has("mentee") ? "mentee" : actors.has("mentor") ? "mentor" : "staff";
    const { profile } = row;
    const standing = viewerRole === "mentee" && profile ? (standings.get(profile.id) ?? "nobody") : "everything";
    const base = { ...row, viewerRole, standing };
    const scored = profile
      ? scoreMatch(
          seekerFrom(row.request),
          candidateFrom(profile, { caseload: caseloads.get(profile.id) ?? 0, isVettingCurrent: true }),
          settings.get(row.match.organisationId)!.weights,
        )
      : null;
    return {
      ...base,
      reasons: scored ? reasonsFor(base, scored.reasons) : [],
      history: events
        .filter(({ event }) => event.matchId === row.match.id)
        .map(({ event, byName }) => ({ ...event, byName })),
    };
  });
}
