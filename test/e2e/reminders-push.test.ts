// Notifications on a device, in a real Chromium: the reminders page offers them
// when the service has VAPID keys; turning them on registers the service worker at
// /push-worker.js for the whole site; a push message delivered to that worker
// (through the Chrome DevTools Protocol, as a push service would) shows a
// notification with the discreet words and nothing else.
//
// Headless Chromium has no push service to subscribe with (subscribing fails
// there: the page says so kindly), so the browser's subscription is made through
// the API instead, with a test key pair; encryption and the push service's side
// are covered by test/integration/reminders-web-push.test.ts.
import { generateVapidKeys } from "@kinship/api/reminders/push/vapid-keys";
import { reminderTemplates } from "@kinship/api/reminders/templates";
import { expect, test } from "vitest";
import { openPage } from "../support/browser";
import { createPerson, defaultPassword } from "../support/factories";
import { launchBrowserAndOwnServer } from "../support/own-server";
import { expectNoAccessibilityViolations, signIn } from "./steps";

test("a person turns on notifications and a reminder shows on the device, discreetly", async () => {
  const keys = await generateVapidKeys();
  const { browser, server } = await launchBrowserAndOwnServer({
    reminders: { webPush: { ...keys, subject: "mailto:ops@kinship.example" } },
  });
  const { db } = server;
  const { page, problems, close } = await openPage(browser, server.url);
  page.setDefaultTimeout(10_000);
  try {
    const person = await createPerson(db, { displayName: "Robin" });
    await page.context().grantPermissions(["notifications"], { origin: server.url });
    await signIn(page, person.email, defaultPassword);
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await page.goto("/account/reminders");
    await page.getByRole("heading", { level: 1, name: "Reminders" }).waitFor();
    const section = page.getByRole("region", { name: "Notifications on this device" });
    await section.getByText(/It can show on your lock screen/).waitFor();
    await expectNoAccessibilityViolations(page);

    await section.getByRole("button", { name: "Turn on notifications on this device" }).click();
    // The worker is registered for the whole site, from the static file, whatever the push service then says.
    const registration = () =>
      page.evaluate(async () => {
        const found = await navigator.serviceWorker.getRegistration("/");
        return found?.active ? { scope: found.scope, script: found.active.scriptURL } : null;
      });
    await expect.poll(registration, { timeout: 10_000 }).not.toBeNull();
    expect(await registration()).toEqual({ scope: `${server.url}/`, script: `${server.url}/push-worker.js` });
    const outcome = await Promise.race([
      section
        .getByText("Notifications are on for this device.")
        .waitFor()
        .then(() => "subscribed"),
      section
        .getByRole("alert")
        .waitFor()
        .then(() => "no push service"),
    ]);
    if (outcome === "no push service") {
      await section.getByText(/couldn't set up notifications just now/).waitFor();
      // Subscribe as the page would have, through the API, with a key pair made here.
      const subscribed = await page.evaluate(async () => {
        const pair = await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]);
        const raw = new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey));
        const toBase64Url = (bytes: Uint8Array) =>
          btoa(String.fromCharCode(...bytes))
            .replace(/\+/g, "-")
            .replace(/\//g, "_")
            .replace(/=+$/, "");
        const input = {
          endpoint: "https://push.example.test/push/e2e",
          p256dh: toBase64Url(raw),
          auth: toBase64Url(crypto.getRandomValues(new Uint8Array(16))),
        };
        const response = await fetch("/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query: "mutation($i: PushSubscriptionInput!) { subscribeToPush(input: $i) { pushDeviceCount } }",
            variables: { i: input },
          }),
        });
        return response.json();
      });
      expect(subscribed).toEqual({ data: { subscribeToPush: { pushDeviceCount: 1 } } });
      await page.reload();
      await section.getByText("Notifications are on for 1 device.").waitFor();
      // Once on somewhere, notifications can be turned off from the form too.
      expect(await page.getByLabel("As notifications on your devices").isChecked()).toBe(true);
    }

    // A push message as the push service would hand it to the worker (already decrypted by the browser).
    const words = reminderTemplates.checkInDue({ organisation: "Bury Recovery Community" });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("ServiceWorker.enable");
    const versions = new Promise<{ registrationId: string; scriptURL: string }>((resolve) => {
      cdp.on("ServiceWorker.workerVersionUpdated", ({ versions: list }) => {
        const running = list.find((version) => version.scriptURL.endsWith("/push-worker.js"));
        if (running) resolve(running);
      });
    });
    const { registrationId } = await versions;
    await cdp.send("ServiceWorker.deliverPushMessage", {
      origin: server.url,
      registrationId,
      data: JSON.stringify({ title: "Reminder", body: words.discreet, url: "/account/reminders" }),
    });
    // showNotification runs in the worker; ask the page until it has happened.
    const notificationsShown = () =>
      page.evaluate(async () => {
        const found = await navigator.serviceWorker.getRegistration("/");
        const notifications = (await found?.getNotifications()) ?? [];
        return notifications.map((n) => ({ title: n.title, body: n.body, icon: n.icon, data: n.data }));
      });
    await expect.poll(notificationsShown, { timeout: 10_000 }).toHaveLength(1);
    expect(await notificationsShown()).toEqual([
      { title: "Reminder", body: words.discreet, icon: "", data: { url: `${server.url}/account/reminders` } },
    ]);
    expect(words.discreet).not.toMatch(/Bury|recovery|Kinship/i);
    // Chromium's own notice that a Playwright context (like incognito) has no Push API; not ours.
    const noPushInIncognito = /^console error: Chrome currently does not support the Push API in incognito mode/;
    expect(problems.filter((problem) => !noPushInIncognito.test(problem))).toEqual([]);
  } finally {
    await close();
    await browser.close();
    await server.stop();
  }
});
