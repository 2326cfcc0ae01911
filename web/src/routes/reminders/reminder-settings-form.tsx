// The reminder choices: which ways (each one a consent, with its wording), quiet
// hours, how many a day, and whether messages may say what they are about.
import { ErrorSummary } from "../../components/error-summary";
import { TextField } from "../../components/text-field";
import type { ResultOf } from "../../graphql/graphql";
import { type ReminderSettingsFields, SaveReminderSettingsMutation } from "../../graphql/reminders";
import { request } from "../../lib/graphql-client";
import { textOf, useFormSubmit } from "../../lib/use-form-submit";
import { ChoiceGroup, SelectField } from "../directory/form-fields";

type Settings = ResultOf<typeof ReminderSettingsFields>;

const fieldIds = {
  sms: "channel-SMS",
  email: "channel-EMAIL",
  quietFrom: "quietFrom",
  quietUntil: "quietUntil",
  dailyLimit: "dailyLimit",
};
const channelWords = { SMS: "By text message", EMAIL: "By email", PUSH: "As notifications on your devices" } as const;
/** "+447700900123" as people in the UK write it: "07700 900123". */
const asWritten = (channel: keyof typeof channelWords, address: string) =>
  channel === "SMS" && /^\+44\d{10}$/.test(address) ? `0${address.slice(3, 7)} ${address.slice(7)}` : address;
const dailyChoices = Array.from({ length: 10 }, (_, i) => [String(i + 1), String(i + 1)] as [string, string]);

export function ReminderSettingsForm({
  settings,
  onSaved,
}: {
  settings: Settings;
  onSaved: (saved: Settings) => void;
}) {
  // Notifications are turned on from a device (above); once on somewhere, they can be turned off here too.
  const shown = settings.channels.filter((choice) => choice.channel !== "PUSH" || settings.pushDeviceCount > 0);
  const isPushShown = shown.some((choice) => choice.channel === "PUSH");
  const { onSubmit, problems, isPending } = useFormSubmit(fieldIds, async (data) => {
    const channels = data.getAll("channel").map(String);
    const { saveReminderSettings } = await request(SaveReminderSettingsMutation, {
      input: {
        sms: channels.includes("SMS"),
        email: channels.includes("EMAIL"),
        ...(isPushShown ? { push: channels.includes("PUSH") } : {}),
        quietFrom: textOf(data, "quietFrom") || null,
        quietUntil: textOf(data, "quietUntil") || null,
        dailyLimit: Number(textOf(data, "dailyLimit")),
        mayNameService: textOf(data, "wording") === "named",
      },
    });
    onSaved(saveReminderSettings);
  });
  const channelError = problems.byField[fieldIds.sms] ?? problems.byField[fieldIds.email];
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems.summary} />
      <ChoiceGroup
        name="channel"
        type="checkbox"
        legend="How would you like reminders?"
        hint="Reminders are off until you choose. Every message has a link to stop them all."
        choices={shown.map((choice) => [
          choice.channel,
          choice.address
            ? `${channelWords[choice.channel]} to ${asWritten(choice.channel, choice.address)}`
            : channelWords[choice.channel],
        ])}
        checked={shown.filter((choice) => choice.isOn).map((choice) => choice.channel)}
        error={channelError}
      />
      <fieldset className="choices" aria-describedby="quiet-hint">
        <legend>Quiet hours</legend>
        <p className="hint" id="quiet-hint">
          No reminders between these times (UK time). Anything due waits until the end. Leave both empty for no quiet
          hours.
        </p>
        <div className="inline-fields">
          <TextField
            id={fieldIds.quietFrom}
            label="From"
            type="time"
            className="input-short"
            defaultValue={settings.quietHours?.from ?? ""}
            error={problems.byField[fieldIds.quietFrom]}
          />
          <TextField
            id={fieldIds.quietUntil}
            label="Until"
            type="time"
            className="input-short"
            defaultValue={settings.quietHours?.until ?? ""}
            error={problems.byField[fieldIds.quietUntil]}
          />
        </div>
      </fieldset>
      <SelectField
        id={fieldIds.dailyLimit}
        label="At most how many reminders a day?"
        options={dailyChoices}
        defaultValue={String(settings.dailyLimit)}
        error={problems.byField[fieldIds.dailyLimit]}
      />
      <ChoiceGroup
        name="wording"
        type="radio"
        legend="What may the messages say?"
        hint="Someone else might see your phone's lock screen or your inbox."
        choices={[
          ["discreet", "Keep them discreet: they never mention drugs, alcohol, treatment, recovery or who sent them"],
          ["named", "They may say who sent them and what they are about"],
        ]}
        checked={[settings.mayNameService ? "named" : "discreet"]}
      />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : "Save reminder settings"}
      </button>
    </form>
  );
}
