// Match.nextContact: the match's planned contact that has not started yet. Every
// Match in one response is answered by one SELECT (the resolvers of a list run
// in the same tick, so their asks are gathered and read together), and a read by
// the mentor or staff is audited in the same batch as the read, as the rest of
// the match is (match-view.ts). The person's own reads are not audited.
import { schema } from "@kinship/db";
import { and, asc, gt, inArray, isNull } from "drizzle-orm";
import { recordPeopleRead } from "../../audit/access-record";
import type { Context } from "../../graphql/context";
import { requireViewer } from "../../graphql/viewer";
import type { MatchView } from "../matches/match-view";
import { auditRelationship, liveStatuses } from "../sessions/match-access";
import type { PlannedContactRow } from "./planned-contact-input";

type Answers = Map<string, PlannedContactRow>;
const waiting = new WeakMap<Context, { views: MatchView[]; answers: Promise<Answers> }>();

export function loadNextContact(ctx: Context, view: MatchView): Promise<PlannedContactRow | null> {
  // A mentor's access to a match ends with it (as for its sessions).
  if (view.viewerRole === "mentor" && !liveStatuses.includes(view.match.status)) return Promise.resolve(null);
  let queue = waiting.get(ctx);
  if (!queue) {
    const views: MatchView[] = [];
    const answers = Promise.resolve().then(() => {
      waiting.delete(ctx);
      return readNextContacts(ctx, views);
    });
    queue = { views, answers };
    waiting.set(ctx, queue);
  }
  queue.views.push(view);
  return queue.answers.then((answers) => answers.get(view.match.id) ?? null);
}

async function readNextContacts(ctx: Context, views: MatchView[]): Promise<Answers> {
  const viewer = requireViewer(ctx);
  const { plannedContacts: p } = schema;
  const upcoming = (matchIds: string[]) =>
    and(inArray(p.matchId, matchIds), isNull(p.cancelledAt), gt(p.startsAt, ctx.now()));
  // One audit statement per organisation and relationship among the matches asked about.
  const groups = new Map<string, { organisationId: string; relation: "mentor" | "staff"; matchIds: string[] }>();
  for (const { match, viewerRole } of views) {
    if (viewerRole === "mentee") continue;
    const key = `${viewerRole}:${match.organisationId}`;
    const group = groups.get(key) ?? { organisationId: match.organisationId, relation: viewerRole, matchIds: [] };
    group.matchIds.push(match.id);
    groups.set(key, group);
  }
  const audits = [...groups.values()].map(({ organisationId, relation, matchIds }) =>
    recordPeopleRead(
      ctx,
      viewer,
      { table: p, personId: p.menteePersonId, where: upcoming(matchIds) },
      { organisationId, relationship: auditRelationship[relation], fields: ["nextContact"], via: "Match.nextContact" },
    ),
  );
  const read = ctx.db
    .select()
    .from(p)
    .where(upcoming(views.map((view) => view.match.id)))
    .orderBy(asc(p.startsAt));
  const [rows] = await ctx.db.batch([read, ...audits]);
  const answers: Answers = new Map();
  for (const row of rows) if (!answers.has(row.matchId)) answers.set(row.matchId, row);
  return answers;
}
