// Operations for a person's own notifications.
import { graphql } from "./graphql";

export const MyNotificationsQuery = graphql(`
  query MyNotifications { myNotifications { id kind message link createdAt isRead } }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }
`);
