// GraphQL for a person's own notifications.
import { schema } from "@kinship/db";
import { notificationKinds } from "@kinship/db/schema";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { builder, enumOfValues } from "../graphql/builder";
import { requireViewer } from "../graphql/viewer";

const KindEnum = enumOfValues("NotificationKind", notificationKinds);

const NotificationRef = builder.objectRef<typeof schema.notifications.$inferSelect>("Notification").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: KindEnum }),
    message: t.exposeString("message"),
    link: t.exposeString("link"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    isRead: t.boolean({ resolve: (n) => n.readAt !== null }),
  }),
});

builder.queryFields((t) => ({
  myNotifications: t.field({
    type: [NotificationRef],
    description: "Your newest 50 notifications.",
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) =>
      ctx.db
        .select()
        .from(schema.notifications)
        .where(eq(schema.notifications.personId, requireViewer(ctx).personId))
        .orderBy(desc(schema.notifications.createdAt))
        .limit(50),
  }),
}));

builder.mutationFields((t) => ({
  markNotificationsRead: t.int({
    description: "Mark some of your notifications as read; returns how many changed.",
    authScopes: { signedIn: true },
    args: {
      ids: t.arg.idList({ required: true, validate: z.array(z.unknown()).max(100, "Up to 100 at a time, please.") }),
    },
    resolve: async (_root, { ids }, ctx) => {
      const { notifications } = schema;
      const changed = await ctx.db
        .update(notifications)
        .set({ readAt: ctx.now() })
        .where(
          and(
            eq(notifications.personId, requireViewer(ctx).personId),
            inArray(notifications.id, ids.map(String)),
            isNull(notifications.readAt),
          ),
        )
        .returning({ id: notifications.id });
      return changed.length;
    },
  }),
}));
