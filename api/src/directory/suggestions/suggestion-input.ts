// What anyone may send as a suggestion: short plain-text fields with caps on
// length and on links, so a moderation queue cannot be used to spread spam.
import type { suggestableFields } from "@kinship/db/schema";
import { isValid, toNormalised } from "postcode";
import { z } from "zod";

const linkPattern = /\bhttps?:\/\/|\bwww\./gi;
const fewLinks = (max: number) => (value: string) => (value.match(linkPattern)?.length ?? 0) <= max;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Please keep this to ${max} characters.`)
    .refine(fewLinks(0), "Please leave links out of this box.");

const webAddress = z
  .string()
  .trim()
  .max(300, "Please keep web addresses to 300 characters.")
  .refine((value) => /^https:\/\/\S+$/i.test(value) && URL.canParse(value), "Use a full https:// web address.");

export const ZSuggestedChanges = z
  .object({
    name: text(120),
    description: text(2000),
    whenText: text(300),
    venueName: text(120),
    address: text(200),
    town: text(80),
    postcode: z
      .string()
      .trim()
      .refine(isValid, "That isn't a UK postcode.")
      .transform((value) => toNormalised(value) as string),
    accessibilityNotes: text(500),
    onlineUrl: webAddress,
    onlinePhone: text(40),
    onlineNotes: text(500),
    contactEmail: z.string().trim().max(254).pipe(z.email("That doesn't look like an email address.")),
    contactPhone: text(40),
    website: webAddress,
  })
  .partial()
  .transform((changes) =>
    Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined && value !== "")),
  );

export const ZSuggestionMessage = z
  .string()
  .trim()
  .max(1000, "Please keep your message to 1,000 characters.")
  .refine(fewLinks(1), "Please include at most one link.");

export const suggestableFieldLabels: Record<(typeof suggestableFields)[number], string> = {
  name: "Name",
  description: "What to expect",
  whenText: "When it happens",
  venueName: "Venue",
  address: "Address",
  town: "Town",
  postcode: "Postcode",
  accessibilityNotes: "Accessibility",
  onlineUrl: "Link to join",
  onlinePhone: "Phone to join",
  onlineNotes: "Joining notes",
  contactEmail: "Contact email",
  contactPhone: "Contact phone",
  website: "Website",
};
