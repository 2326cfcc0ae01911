// "Notifications on this device": turning reminders as notifications on or off in
// the browser in hand. Shown only when the service offers them (a VAPID key) and
// this browser can show them. Turning on is agreeing to them, so the wording of
// that consent is shown beside the button, with what a lock screen will show.
import { useEffect, useState } from "react";
import type { ResultOf } from "../../graphql/graphql";
import {
  type ReminderSettingsFields,
  SubscribeToPushMutation,
  UnsubscribeFromPushMutation,
} from "../../graphql/reminders";
import { request } from "../../lib/graphql-client";
import { canUsePush, currentSubscription, type SubscribeFailure, subscribeThisBrowser } from "./browser-push";

type Settings = ResultOf<typeof ReminderSettingsFields>;

const failureWords: Record<SubscribeFailure | "failed", string> = {
  denied:
    "Your browser is set to block notifications from this site. You can allow them in the browser's site settings, then try again.",
  unavailable: "This browser couldn't set up notifications just now. You can try again later, or use text or email.",
  failed: "Something went wrong and notifications are not on. Please try again.",
};

export function PushOnThisDevice({
  settings,
  onChanged,
}: {
  settings: Settings;
  onChanged: (message: string) => void;
}) {
  const [endpoint, setEndpoint] = useState<string | null>(null);
  const [problem, setProblem] = useState("");
  const [isBusy, setIsBusy] = useState(false);
  const choice = settings.channels.find((channel) => channel.channel === "PUSH");
  const isUsable = Boolean(settings.vapidPublicKey && choice) && canUsePush();

  useEffect(() => {
    if (!isUsable) return;
    currentSubscription().then(
      (subscription) => setEndpoint(subscription?.endpoint ?? null),
      () => setEndpoint(null),
    );
  }, [isUsable]);
  if (!isUsable || !choice || !settings.vapidPublicKey) return null;
  const vapidPublicKey = settings.vapidPublicKey;

  const turnOn = async () => {
    setIsBusy(true);
    setProblem("");
    try {
      const result = await subscribeThisBrowser(vapidPublicKey);
      if (!result.subscription) return setProblem(failureWords[result.failure]);
      await request(SubscribeToPushMutation, { input: result.subscription });
      setEndpoint(result.subscription.endpoint);
      onChanged("Notifications are on for this device.");
    } catch {
      setProblem(failureWords.failed);
    } finally {
      setIsBusy(false);
    }
  };
  const turnOff = async () => {
    setIsBusy(true);
    setProblem("");
    try {
      const subscription = await currentSubscription();
      const gone = subscription?.endpoint ?? endpoint;
      await subscription?.unsubscribe();
      if (gone) await request(UnsubscribeFromPushMutation, { endpoint: gone });
      setEndpoint(null);
      onChanged("Notifications are off for this device.");
    } catch {
      setProblem("Something went wrong and notifications may still be on. Please try again.");
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section aria-labelledby="push-heading" className="card">
      <h2 id="push-heading">Notifications on this device</h2>
      <p>
        A notification pops up on this phone or computer, even when Kinship isn't open. It can show on your lock screen,
        where other people may see it: it only ever says "Reminder" and the words of the reminder, which are discreet
        unless you choose otherwise below.
      </p>
      <p className="hint">{choice.wording}</p>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {endpoint ? (
        <>
          <p>Notifications are on for this device.</p>
          <button type="button" className="button-secondary" onClick={turnOff} disabled={isBusy}>
            Turn off notifications on this device
          </button>
        </>
      ) : (
        <button type="button" className="button" onClick={turnOn} disabled={isBusy}>
          Turn on notifications on this device
        </button>
      )}
      {settings.pushDeviceCount > 0 ? (
        <p className="meta">
          {settings.pushDeviceCount === 1
            ? "Notifications are on for 1 device."
            : `Notifications are on for ${settings.pushDeviceCount} devices.`}
        </p>
      ) : null}
    </section>
  );
}
