// Demo data for one UK town: who is in it and in which role. Names are first
// names or nicknames, as real members often choose; every email is on the
// reserved .test domain so no demo message can reach a real inbox.
import type { OrganisationKind, Role } from "../schema";

export interface DemoOrganisation {
  slug: string;
  name: string;
  kind: OrganisationKind;
  town: string;
  website: string | null;
  description: string;
}

export const demoOrganisations: DemoOrganisation[] = [
  {
    slug: "irwell-recovery-service",
    name: "Irwell Recovery Service",
    kind: "treatment_service",
    town: "Bury",
    website: null,
    description:
      "Drug and alcohol treatment for adults in Bury: keyworking, prescribing, detox and group programmes. Peer mentors support people from their first appointment.",
  },
  {
    slug: "bury-recovery-community",
    name: "Bury Recovery Community",
    kind: "recovery_community",
    town: "Bury",
    website: null,
    description:
      "Run by and for people in recovery: the Thursday recovery café, Sunday walks by the river, volunteering and peer support.",
  },
];

export interface DemoPerson {
  displayName: string;
  email: string;
  mobile: string | null;
  memberships: { organisation: string; role: Role }[];
}

const service = "irwell-recovery-service";
const community = "bury-recovery-community";
const email = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@demo.kinship.test`;
// Ofcom reserves 07700 900000–900999 for drama: these numbers can never ring anyone.
const mobile = (n: number) => `+447700900${String(n).padStart(3, "0")}`;

const staff: DemoPerson[] = [
  {
    displayName: "Sam (coordinator)",
    email: "sam.coordinator@demo.kinship.test",
    mobile: null,
    memberships: [{ organisation: service, role: "coordinator" }],
  },
  {
    displayName: "Priya (coordinator)",
    email: "priya.coordinator@demo.kinship.test",
    mobile: null,
    memberships: [{ organisation: community, role: "coordinator" }],
  },
  {
    displayName: "Alex (admin)",
    email: "alex.admin@demo.kinship.test",
    mobile: null,
    memberships: [
      { organisation: service, role: "admin" },
      { organisation: community, role: "admin" },
    ],
  },
];

const champions = new Set(["Kerry", "Gaz"]);
const mentorNames = ["Dave", "Shaz", "Tommo", "Kerry", "Jaz", "Mo", "Lisa B", "Gaz", "Nicola", "Rich", "Bev", "Kaz"];
const mentors: DemoPerson[] = mentorNames.map((name, i) => ({
  displayName: name,
  email: email(name),
  mobile: i % 3 === 0 ? mobile(100 + i) : null,
  memberships: [
    {
      organisation: i % 2 === 0 ? service : community,
      role: champions.has(name) ? "recovery_champion" : "peer_mentor",
    },
  ],
}));

const memberNames = [
  "Jay",
  "Dee",
  "Ste",
  "Leanne",
  "Kev",
  "Amira",
  "Chris P",
  "Donna",
  "Lee",
  "Marcus",
  "Tash",
  "Wayne",
  "Jade",
  "Paul M",
  "Roxy",
  "Imran",
  "Carla",
  "Dan",
  "Shell",
  "Tony",
  "Becky",
  "Liam",
  "Zara",
  "Mick",
  "Gemma",
  "Ash",
  "Sian",
  "Craig",
  "Hayley",
  "Rob",
  "Nat",
  "Kieran",
  "Jo",
  "Bilal",
  "Claire",
  "Stu",
];
// Members who have started volunteering (café shifts, walks): the first step towards mentoring.
export const demoVolunteers = new Set(["Amira", "Roxy", "Wayne"]);
const members: DemoPerson[] = memberNames.map((name, i) => {
  const home = i % 3 === 2 ? community : service;
  const other = home === service ? community : service;
  return {
    displayName: name,
    email: email(name),
    mobile: i % 2 === 0 ? mobile(200 + i) : null,
    // Some people are known to both the service and the community, as in life.
    memberships: [
      { organisation: home, role: demoVolunteers.has(name) ? ("volunteer" as const) : ("member" as const) },
      ...(i % 5 === 0 ? [{ organisation: other, role: "member" as const }] : []),
    ],
  };
});

export const demoPeople: DemoPerson[] = [...staff, ...mentors, ...members];

/** The accounts printed at start-up so someone trying Kinship can sign in as each role. */
export const demoSignIns = [
  { role: "coordinator", email: "sam.coordinator@demo.kinship.test" },
  { role: "admin", email: "alex.admin@demo.kinship.test" },
  { role: "peer mentor", email: email("Dave") },
  { role: "recovery champion", email: email("Kerry") },
  { role: "member", email: email("Jay") },
];
export const demoPassword = "demo-recovery-2026";
