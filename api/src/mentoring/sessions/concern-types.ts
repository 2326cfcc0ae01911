// GraphQL for safeguarding concerns: the organisation's coordinators and admins
// see every concern not yet acknowledged, oldest first, and answer each one.
import { schema } from "@kinship/db";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { selectedFieldNames } from "../../audit/selected-fields";
import { AppError } from "../../errors";
import { builder } from "../../graphql/builder";
import { requireViewer } from "../../graphql/viewer";
import { acknowledgeConcern } from "./acknowledge-concern";
import { auditRelationship, loadSession } from "./match-access";
import { readSessions, type SupportSessionView } from "./read-sessions";
import { SupportSessionRef } from "./types";

const OpenConcernRef = builder
  .objectRef<{ session: SupportSessionView; waitingMinutes: number }>("OpenConcern")
  .implement({
    description: "A safeguarding concern a mentor raised that nobody has acknowledged yet.",
    fields: (t) => ({
      session: t.field({ type: SupportSessionRef, resolve: (concern) => concern.session }),
      raisedAt: t.field({ type: "DateTime", resolve: (concern) => concern.session.createdAt }),
      waitingMinutes: t.exposeInt("waitingMinutes", { description: "How long it has waited for a response." }),
    }),
  });

builder.queryFields((t) => ({
  openConcerns: t.field({
    type: [OpenConcernRef],
    description: "Concerns waiting for a response, oldest first. Coordinators and admins; every read is audited.",
    args: { organisationId: t.arg.id({ required: true }) },
    authScopes: (_root, { organisationId }) => ({ staffOf: String(organisationId) }),
    resolve: async (_root, { organisationId }, ctx, info) => {
      const { supportSessions } = schema;
      const waiting = and(
        eq(supportSessions.organisationId, String(organisationId)),
        eq(supportSessions.hasConcern, true),
        isNull(supportSessions.concernAcknowledgedAt),
      );
      const sessions = await readSessions(ctx, waiting, {
        viewer: requireViewer(ctx),
        access: {
          organisationId: String(organisationId),
          relationship: auditRelationship.staff,
          fields: selectedFieldNames(info, ["session"]),
          via: "Query.openConcerns",
        },
      });
      const now = ctx.now().getTime();
      return sessions
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .map((session) => ({
          session,
          waitingMinutes: Math.max(0, Math.floor((now - session.createdAt.getTime()) / 60_000)),
        }));
    },
  }),
}));

builder.mutationFields((t) => ({
  acknowledgeConcern: t.field({
    type: SupportSessionRef,
    description: "Acknowledge a safeguarding concern and say what is being done. The mentor sees your response.",
    args: {
      sessionId: t.arg.id({ required: true }),
      response: t.arg.string({
        required: true,
        validate: z
          .string()
          .trim()
          .min(1, "Say what you are doing about it, even briefly.")
          .max(2000, "Keep the response to 2,000 characters."),
      }),
    },
    authScopes: async (_root, { sessionId }, ctx) => {
      const session = await loadSession(ctx, String(sessionId));
      return session ? { staffOf: session.organisationId } : false;
    },
    resolve: async (_root, { sessionId, response }, ctx, info) => {
      const viewer = requireViewer(ctx);
      const session = await loadSession(ctx, String(sessionId));
      if (!session) throw new AppError("NOT_FOUND", "That session no longer exists.");
      await acknowledgeConcern({ ctx, viewer, session, response });
      const [read] = await readSessions(ctx, eq(schema.supportSessions.id, session.id), {
        viewer,
        access: {
          organisationId: session.organisationId,
          relationship: auditRelationship.staff,
          fields: selectedFieldNames(info),
          via: "Mutation.acknowledgeConcern",
        },
      });
      return read!;
    },
  }),
}));
