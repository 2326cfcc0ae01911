// What needs a person's attention: a safeguarding concern to acknowledge, a match
// to accept, hours decided, a milestone. Opening one marks it read.
import { Link } from "wouter";
import { MarkNotificationsReadMutation, MyNotificationsQuery } from "../../graphql/notifications";
import { request } from "../../lib/graphql-client";
import { useQuery } from "../../lib/use-query";

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "Europe/London" });

export function NotificationList() {
  const { state, reload } = useQuery(MyNotificationsQuery);
  if (state.status !== "ready") return null;
  const unread = state.data.myNotifications.filter((n) => !n.isRead);
  if (unread.length === 0) return null;
  const markRead = (ids: string[]) => request(MarkNotificationsReadMutation, { ids }).then(reload, reload);
  return (
    <section className="card notifications" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">For your attention ({unread.length})</h2>
      <ul>
        {unread.map((notification) => (
          <li key={notification.id}>
            <Link href={notification.link} onClick={() => markRead([notification.id])}>
              {notification.message}
            </Link>{" "}
            <span className="meta">{when.format(new Date(notification.createdAt))}</span>
          </li>
        ))}
      </ul>
      <button type="button" className="button-secondary" onClick={() => markRead(unread.map((n) => n.id))}>
        Mark all as read
      </button>
    </section>
  );
}
