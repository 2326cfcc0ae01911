// What we ask people to agree to, in the words they see. Changing the words of
// a purpose means a new version number: consents given to older words still
// stand, but the page shows that the wording has changed since.
import type { ConsentPurpose } from "@kinship/db/schema";

export interface ConsentWording {
  version: number;
  title: string;
  wording: string;
}

export const consentWording: Record<ConsentPurpose, ConsentWording> = {
  share_journey_with_mentor: {
    version: 1,
    title: "Share my journey with my mentor",
    wording:
      "My peer mentor can see my check-ins, goals and network map, so we can talk about how things are going. I can stop this at any time.",
  },
  share_journey_with_service: {
    version: 1,
    title: "Share my journey with my keyworker's service",
    wording:
      "Staff at the service that supports me can see my check-ins, goals and network map. I can stop this at any time.",
  },
  include_in_anonymous_reports: {
    version: 1,
    title: "Count me in anonymous reports",
    wording:
      "My information can be counted in reports to the people who fund this support. Reports only show totals for groups of five or more people, never my name or details.",
  },
  reminders_by_sms: {
    version: 1,
    title: "Send me reminders by text message",
    wording: "Kinship can text me reminders. The texts never mention drugs, alcohol, treatment or recovery.",
  },
  reminders_by_email: {
    version: 1,
    title: "Send me reminders by email",
    wording: "Kinship can email me reminders. The emails never mention drugs, alcohol, treatment or recovery.",
  },
  reminders_by_push: {
    version: 1,
    title: "Show me reminders as notifications",
    wording:
      "Kinship can show reminders as notifications on the devices where I turn them on. They may appear on my lock screen, so they never mention drugs, alcohol, treatment or recovery.",
  },
};
