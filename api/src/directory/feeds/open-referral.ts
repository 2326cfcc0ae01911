// Listings as Open Referral services (HSDS 3.0 with the UK profile), for
// council directories: names exactly as the specification spells them, and
// only the fields we truly hold. Ids of derived records are stable UUIDs.
import type { GatheringRecord } from "../gathering-record";
import { accessibilityLabels } from "../vocabulary";
import type { OrganisationDetails } from "./feed-gatherings";
import { hsdsSchedule } from "./open-referral-schedule";
import { hasFinished, seriesWindow } from "./series-window";
import { stableUuid } from "./stable-uuid";

interface ServiceContext {
  origin: string;
  organisations: ReadonlyMap<string, OrganisationDetails>;
  now: Date;
}

export function hsdsService(gathering: GatheringRecord, { origin, organisations, now }: ServiceContext) {
  const url = `${origin}/gatherings/${gathering.id}`;
  const organisation = organisations.get(gathering.organisationId);
  const status = gathering.cancelledAt
    ? "inactive"
    : hasFinished(seriesWindow(gathering), now)
      ? "defunct" // a past one-off event or a series that has run out
      : "active";
  return {
    id: gathering.id,
    organization_id: gathering.organisationId,
    name: gathering.name,
    description: gathering.description,
    url,
    ...(gathering.contactEmail ? { email: gathering.contactEmail } : {}),
    status,
    last_modified: gathering.updatedAt.toISOString(),
    organization: {
      id: gathering.organisationId,
      name: gathering.organisation.name,
      description: organisation?.description ?? "",
      ...(organisation?.website ? { website: organisation.website } : {}),
    },
    service_at_locations: locationsOf(gathering).map((location) => ({
      id: stableUuid(gathering.id, "service_at_location", location.location_type),
      service_id: gathering.id,
      location_id: location.id,
      location,
    })),
    schedules: [hsdsSchedule(gathering, url)],
    contacts: contactsOf(gathering),
  };
}

export type HsdsService = ReturnType<typeof hsdsService>;

function locationsOf(gathering: GatheringRecord) {
  const physicalId = stableUuid(gathering.id, "location", "physical");
  const virtualId = stableUuid(gathering.id, "location", "virtual");
  const hasAddress = Boolean(gathering.address || gathering.postcode);
  const physical = {
    id: physicalId,
    location_type: "physical" as const,
    ...(gathering.venueName ? { name: gathering.venueName } : {}),
    ...(gathering.latitude !== null && gathering.longitude !== null
      ? { latitude: gathering.latitude, longitude: gathering.longitude }
      : {}),
    addresses: hasAddress
      ? [
          {
            id: stableUuid(gathering.id, "address"),
            location_id: physicalId,
            address_1: gathering.address ?? gathering.venueName ?? "",
            city: gathering.town ?? "",
            // Required by HSDS, but UK addresses have no state or province, and we keep no county.
            state_province: "",
            postal_code: gathering.postcode ?? "",
            country: "GB", // ISO 3166-1, as HSDS asks
            address_type: "physical" as const,
          },
        ]
      : [],
    accessibility: [
      ...gathering.accessibility.map((feature) => ({
        id: stableUuid(gathering.id, "accessibility", feature),
        location_id: physicalId,
        description: accessibilityLabels[feature],
      })),
      ...(gathering.accessibilityNotes?.trim()
        ? [
            {
              id: stableUuid(gathering.id, "accessibility", "notes"),
              location_id: physicalId,
              description: gathering.accessibilityNotes.trim(),
            },
          ]
        : []),
    ],
  };
  const isCalledOff = gathering.cancelledAt !== null;
  const virtual = {
    id: virtualId,
    location_type: "virtual" as const,
    name: "Online",
    ...(gathering.onlineUrl && !isCalledOff ? { url: gathering.onlineUrl } : {}),
  };
  switch (gathering.attendanceMode) {
    case "in_person":
      return [physical];
    case "online":
      return [virtual];
    case "hybrid":
      return [physical, virtual];
  }
}

/** The listing's own contact details, which are always the organisation's, never a member's. */
function contactsOf(gathering: GatheringRecord) {
  if (!gathering.contactEmail && !gathering.contactPhone) return [];
  const contactId = stableUuid(gathering.id, "contact");
  return [
    {
      id: contactId,
      service_id: gathering.id,
      name: gathering.organisation.name,
      ...(gathering.contactEmail ? { email: gathering.contactEmail } : {}),
      phones: gathering.contactPhone
        ? [{ id: stableUuid(gathering.id, "contact", "phone"), contact_id: contactId, number: gathering.contactPhone }]
        : [],
    },
  ];
}

/** HSDS's page envelope around one page of results. */
export function hsdsPage<T>(contents: T[], { total, page, perPage }: { total: number; page: number; perPage: number }) {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
