// The browser side of notifications on this device: register /push-worker.js,
// ask the browser's push service for a subscription with our VAPID public key,
// and give it up again. No React here, so the page component stays small.

export const pushWorkerUrl = "/push-worker.js";

/** Whether this browser can show our notifications at all (old browsers, some in-app browsers can't). */
export const canUsePush = () =>
  typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;

function bytesOfBase64Url(text: string) {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

/** This browser's current subscription, if notifications are on here. */
export async function currentSubscription() {
  const registration = await navigator.serviceWorker.getRegistration("/");
  return (await registration?.pushManager.getSubscription()) ?? null;
}

export type SubscribeFailure = "denied" | "unavailable";

export async function subscribeThisBrowser(vapidPublicKey: string) {
  const permission = await Notification.requestPermission();
  if (permission !== "granted") return { failure: "denied" as SubscribeFailure };
  const registration = await navigator.serviceWorker.register(pushWorkerUrl, { scope: "/" });
  await navigator.serviceWorker.ready;
  try {
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: bytesOfBase64Url(vapidPublicKey),
    });
    const { endpoint, keys } = subscription.toJSON();
    if (!endpoint || !keys?.p256dh || !keys.auth) return { failure: "unavailable" as SubscribeFailure };
    return { subscription: { endpoint, p256dh: keys.p256dh, auth: keys.auth } };
  } catch {
    // No push service reachable (some browsers, networks, or a browser in private mode).
    return { failure: "unavailable" as SubscribeFailure };
  }
}
