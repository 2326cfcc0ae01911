// Kinship's service worker, for reminders shown as notifications (ADR 018). It
// does nothing else: no caching, no fetch handling. A push message carries
// { title, body, url }, encrypted for this browser; the notification shows the
// words only (no icon or badge that could name anything) and opens `url`, a page
// on this site, when tapped.

const fallbackTitle = "Reminder";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

function readPayload(data) {
  if (!data) return {};
  try {
    const payload = data.json();
    return payload && typeof payload === "object" ? payload : {};
  } catch {
    return { body: data.text() };
  }
}

// Only a page on our own origin is opened, whatever a message says.
function sameOriginUrl(url) {
  try {
    const target = new URL(typeof url === "string" ? url : "/", self.location.origin);
    return target.origin === self.location.origin ? target.href : self.location.origin;
  } catch {
    return self.location.origin;
  }
}

self.addEventListener("push", (event) => {
  const payload = readPayload(event.data);
  const title = typeof payload.title === "string" && payload.title ? payload.title : fallbackTitle;
  const body = typeof payload.body === "string" ? payload.body : "";
  event.waitUntil(self.registration.showNotification(title, { body, data: { url: sameOriginUrl(payload.url) } }));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = event.notification.data?.url ?? self.location.origin;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => client.url === url);
      return open ? open.focus() : self.clients.openWindow(url);
    }),
  );
});
