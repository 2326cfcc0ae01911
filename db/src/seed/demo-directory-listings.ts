// The demo directory's listings, in the organisers' own words: which group meets
// where and when, and what a first-timer can expect. Dates are relative (days from
// the seeding day) so the demo always has something happening this week.
import type { AccessibilityFeature, GatheringKind } from "../schema";
import type { DemoVenueKey } from "./demo-directory-venues";

/**
 * A repeating series (already running unless `startsInDays` says when it begins),
 * or a one-off on the first `weekday` (MO…SU) on or after `startsInDays`.
 */
export type DemoWhen =
  | { rule: string; time: string; minutes: number; startsInDays?: number }
  | { rule: null; time: string; minutes: number; startsInDays: number; weekday: string };

export type DemoException =
  | { inDays: number; change: "cancelled"; note: string }
  | { inDays: number; change: "moved"; byDays: number; toTime?: string; note: string };

export interface DemoListing {
  organisation: string;
  name: string;
  kind: GatheringKind;
  description: string;
  when: DemoWhen;
  /** In person there; with `online` too, hybrid. */
  venue?: DemoVenueKey;
  online?: { room: string; phone?: string; notes?: string };
  /** Meeting Guide codes (upper case) and our own (lower case), as strings: db cannot import the API's vocabulary. */
  tags?: string[];
  accessibility?: AccessibilityFeature[];
  accessibilityNotes?: string;
  status?: "cancelled" | "withdrawn" | "stale";
  /** Single occurrences cancelled or moved: the first one on or after `inDays`. */
  exceptions?: DemoException[];
}

const weekly = (days: string, time: string, minutes: number): DemoWhen => ({
  rule: `FREQ=WEEKLY;BYDAY=${days}`,
  time,
  minutes,
});
const fortnightly = (day: string, time: string, minutes: number): DemoWhen => ({
  rule: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day}`,
  time,
  minutes,
});
const monthly = (days: string, time: string, minutes: number): DemoWhen => ({
  rule: `FREQ=MONTHLY;BYDAY=${days}`,
  time,
  minutes,
});
const once = (startsInDays: number, weekday: string, time: string, minutes: number): DemoWhen => ({
  rule: null,
  time,
  minutes,
  startsInDays,
  weekday,
});

const smart = "bury-smart-recovery";
const aa = "irwell-valley-aa-intergroup";
const na = "irwell-area-na";
const network = "bury-mutual-aid-network";
const families = "families-in-recovery-north-west";
const ramblers = "bury-recovery-ramblers";
const community = "bury-recovery-community";
const service = "irwell-recovery-service";

// Phone dial-ins use Ofcom's drama range (0161 496 0xxx): they can never ring anyone.
const dialIn = (n: number) => `0161 496 0${n}`;

export const demoListings: DemoListing[] = [
  // Bury SMART Recovery
  {
    organisation: smart,
    name: "SMART Recovery Bury: Monday evening",
    kind: "smart_recovery",
    venue: "irwellHouse",
    when: weekly("MO", "18:30", 90),
    tags: ["O", "BE", "X", "no-need-to-book", "medication-assisted-recovery-welcome"],
    description:
      "A friendly, down-to-earth group for anyone who wants to change their drinking, drug use or another habit. We use practical tools to work out what matters to you and what gets in the way. You don't have to talk; plenty of people just listen the first few times. Tea and biscuits from 6.15pm.",
    exceptions: [
      { inDays: 15, change: "cancelled", note: "No meeting this week: Irwell House is closed for staff training." },
    ],
  },
  {
    organisation: smart,
    name: "SMART Recovery Bury: Thursday lunchtime",
    kind: "smart_recovery",
    venue: "mossStreet",
    online: {
      room: "bury-smart-thursday",
      notes: "Join from the room or from home; the facilitator keeps an eye on both.",
    },
    when: weekly("TH", "12:30", 60),
    tags: ["O", "D", "no-need-to-book"],
    description:
      "An hour at lunchtime, in the room or on video. We check in, pick one tool to work on together and finish on time so you can get back to your day.",
  },
  {
    organisation: smart,
    name: "SMART Recovery online: Wednesday evening",
    kind: "smart_recovery",
    online: { room: "bury-smart-wednesday", phone: dialIn(301), notes: "Cameras optional. You can join by phone." },
    when: weekly("WE", "19:30", 90),
    tags: ["O", "BE", "medication-assisted-recovery-welcome"],
    description:
      "Our online meeting for people who can't get out, work shifts or just prefer to join from home. Keep your camera off if you like; you can use the chat instead of speaking.",
  },
  {
    organisation: smart,
    name: "SMART Recovery Radcliffe",
    kind: "smart_recovery",
    venue: "radcliffeMarket",
    when: fortnightly("TU", "10:30", 90),
    tags: ["O", "D"],
    description:
      "Every other Tuesday morning, upstairs at the market hall. A small group, so there is time for everyone who wants to talk. Grab a brew downstairs on your way up.",
  },
  {
    organisation: smart,
    name: "SMART Recovery Rochdale",
    kind: "smart_recovery",
    venue: "champnessHall",
    when: weekly("FR", "11:00", 90),
    tags: ["O", "medication-assisted-recovery-welcome"],
    description:
      "A relaxed Friday morning group for anyone looking at their drinking, drug use, gambling or anything else that has got out of hand. Everyone is welcome, whatever your goal.",
  },
  {
    organisation: smart,
    name: "SMART Family & Friends Bury",
    kind: "family_carers_group",
    venue: "irwellHouse",
    when: monthly("2TU,4TU", "18:00", 90),
    tags: ["families-welcome", "no-need-to-book"],
    description:
      "For anyone worried about someone else's drinking or drug use. We look after ourselves first and learn ways of talking that keep the door open. Your loved one doesn't need to be in any kind of recovery for you to come.",
  },
  {
    organisation: smart,
    name: "Becoming a SMART Recovery volunteer facilitator",
    kind: "training",
    venue: "irwellHouse",
    when: once(24, "SA", "10:00", 330),
    tags: ["lived-experience-led", "free-food"],
    description:
      "A one-day introduction for people who'd like to help run a SMART meeting. No experience of facilitating needed, just a willingness to listen. Lunch is provided; please let us know about any dietary needs.",
  },

  // Irwell Valley AA Intergroup
  {
    organisation: aa,
    name: "Bury Monday Night Big Book Group",
    kind: "alcoholics_anonymous",
    venue: "parishHall",
    when: weekly("MO", "20:00", 90),
    tags: ["C", "B"],
    description:
      "A closed meeting: for anyone who has a desire to stop drinking. If you aren't sure whether that's you, come anyway and have a word with someone at the door. We read from the Big Book and then share.",
    exceptions: [
      { inDays: 8, change: "cancelled", note: "The church hall is closed for repairs this week. Back the week after." },
    ],
  },
  {
    organisation: aa,
    name: "Bury Lunchtime Group",
    kind: "alcoholics_anonymous",
    venue: "mossStreet",
    when: weekly("MO,WE,FR", "12:30", 60),
    tags: ["O", "D"],
    description:
      "An open discussion meeting three lunchtimes a week. Anyone is welcome, including friends, family and people who are just curious about AA. Come in your work clothes; we finish on the dot.",
  },
  {
    organisation: aa,
    name: "Ramsbottom Saturday Morning",
    kind: "alcoholics_anonymous",
    venue: "civicHall",
    when: weekly("SA", "10:00", 90),
    tags: ["O", "SP", "BE"],
    description:
      "A speaker shares their story, then the meeting is open for anyone who wants to share. Newcomers are especially welcome: someone will be at the door from 9.45 to say hello.",
  },
  {
    organisation: aa,
    name: "Radcliffe Women's Group",
    kind: "alcoholics_anonymous",
    venue: "coronationRoad",
    when: weekly("TH", "19:30", 90),
    tags: ["W", "C", "D"],
    description:
      "A closed discussion meeting for women, including trans women. It is a safe, gentle space; if you'd like someone to meet you outside first, ring the helpline and we'll arrange it.",
  },
  {
    organisation: aa,
    name: "Prestwich Men's Step Group",
    kind: "alcoholics_anonymous",
    venue: "stMarysPrestwich",
    when: weekly("TU", "20:00", 90),
    tags: ["M", "ST", "C"],
    description:
      "A closed men's meeting working through the Twelve Steps one at a time. Each week picks up where the last one finished, but you can join at any point.",
  },
  {
    organisation: aa,
    name: "Whitefield Sunday Speaker Meeting",
    kind: "alcoholics_anonymous",
    venue: "whitefieldHub",
    when: weekly("SU", "19:00", 90),
    tags: ["O", "SP", "X"],
    description: "An open speaker meeting to end the weekend. Tea, coffee and a warm welcome from 6.30pm.",
  },
  {
    organisation: aa,
    name: "Bolton Friday Night Friends",
    kind: "alcoholics_anonymous",
    venue: "boltonFriends",
    when: weekly("FR", "19:30", 90),
    tags: ["O", "D", "X"],
    description:
      "Friday night can be hard. Come and spend it with people who understand. An open discussion meeting; everyone is welcome.",
  },
  {
    organisation: aa,
    name: "Rochdale Newcomers Meeting",
    kind: "alcoholics_anonymous",
    venue: "champnessHall",
    when: weekly("WE", "19:30", 60),
    tags: ["BE", "O"],
    description:
      "Especially for people who are new to AA or thinking about stopping drinking. We explain how meetings work and answer any questions. No one will ask you to say anything.",
  },
  {
    organisation: aa,
    name: "Mount Street Lunchtime",
    kind: "alcoholics_anonymous",
    venue: "mountStreet",
    when: weekly("MO,TU,WE,TH,FR", "13:00", 60),
    tags: ["O", "D", "X"],
    description:
      "An open discussion meeting every weekday lunchtime in the city centre. Busy and friendly, with people dropping in from work, hostels and everywhere in between.",
    exceptions: [
      {
        inDays: 10,
        change: "moved",
        byDays: 0,
        toTime: "14:00",
        note: "Later start this day only: the building is in use until 2pm.",
      },
    ],
  },
  {
    organisation: aa,
    name: "Manchester LGBTQ+ Group",
    kind: "alcoholics_anonymous",
    venue: "centralHall",
    when: weekly("TU", "19:00", 90),
    tags: ["LGBTQ", "O", "D"],
    description: "An open meeting run by and for lesbian, gay, bisexual, trans and queer people. Allies welcome too.",
  },
  {
    organisation: aa,
    name: "Chapel Street Lunchtime Literature",
    kind: "alcoholics_anonymous",
    venue: "sacredTrinity",
    when: weekly("TH", "12:30", 60),
    tags: ["O", "LIT"],
    description:
      "We read a short piece of AA literature and talk about it. Copies are provided, and nobody has to read aloud.",
  },
  {
    organisation: aa,
    name: "Early Risers (online)",
    kind: "alcoholics_anonymous",
    online: {
      room: "aa-early-risers",
      phone: dialIn(102),
      notes: "Every day of the year, Christmas included. Meeting ID 845 201 337.",
    },
    when: { rule: "FREQ=DAILY", time: "07:00", minutes: 60 },
    tags: ["O", "D", "MED"],
    description:
      "Start the day with a short meditation and an open share. People join from all over the North West, many with a brew in hand.",
  },
  {
    organisation: aa,
    name: "Bury Saturday Step Meeting (in the room and online)",
    kind: "alcoholics_anonymous",
    venue: "parishHall",
    online: { room: "bury-saturday-steps", phone: dialIn(103) },
    when: weekly("SA", "18:00", 90),
    tags: ["ST", "C"],
    description:
      "A closed Step meeting held in the hall and online at the same time. A volunteer looks after the people on the screen, so they are part of the meeting too.",
  },
  {
    organisation: aa,
    name: "Last Friday Speaker Night",
    kind: "alcoholics_anonymous",
    venue: "allSaintsWhitefield",
    when: monthly("-1FR", "19:30", 120),
    tags: ["O", "SP", "free-food"],
    description:
      "On the last Friday of every month a visiting speaker shares their story. Food afterwards: bring something if you can, but come either way.",
  },
  {
    organisation: aa,
    name: "Irwell Valley AA open day",
    kind: "alcoholics_anonymous",
    venue: "whitefieldHub",
    when: once(45, "SA", "11:00", 300),
    tags: ["O", "SP", "free-food", "families-welcome"],
    description:
      "An open day for anyone who wants to find out about AA: professionals, families and people wondering about their own drinking. Speakers, tea and cake, and leaflets to take away.",
  },

  // Irwell Area of Narcotics Anonymous
  {
    organisation: na,
    name: "NA Bury: Just for Today",
    kind: "narcotics_anonymous",
    venue: "mossStreet",
    when: weekly("TH", "19:00", 90),
    tags: ["O", "BE"],
    description:
      "An open NA meeting. If you think you might have a problem with drugs, you are in the right place. Newcomers get a welcome pack and a phone list.",
  },
  {
    organisation: na,
    name: "NA Bolton Sunday",
    kind: "narcotics_anonymous",
    venue: "bridgeStreet",
    when: weekly("SU", "18:00", 90),
    tags: ["O", "D"],
    description: "A relaxed Sunday evening discussion meeting. Come early for a brew and a chat.",
  },
  {
    organisation: na,
    name: "NA Manchester City",
    kind: "narcotics_anonymous",
    venue: "newtonStreet",
    when: weekly("MO,WE,SA", "19:30", 90),
    tags: ["O", "D", "medication-assisted-recovery-welcome"],
    description:
      "Three nights a week in the city centre. People on prescribed medication are as welcome as anyone else; the only requirement is a desire to stop using.",
  },
  {
    organisation: na,
    name: "NA online: Friday Night Lifeline",
    kind: "narcotics_anonymous",
    online: { room: "na-friday-lifeline", phone: dialIn(201), notes: "Cameras optional." },
    when: weekly("FR", "20:00", 90),
    tags: ["O"],
    description: "An open online meeting on Friday nights, when many of us found it hardest to stay clean.",
  },
  {
    organisation: na,
    name: "NA Rochdale Step Group",
    kind: "narcotics_anonymous",
    venue: "rochdaleHub",
    when: weekly("TU", "18:30", 90),
    tags: ["C", "ST"],
    status: "stale",
    description: "A closed meeting working through the Twelve Steps with the NA Step Working Guide.",
  },
  {
    organisation: na,
    name: "NA Salford Saturday",
    kind: "narcotics_anonymous",
    venue: "salfordCafe",
    when: fortnightly("SA", "14:00", 90),
    tags: ["O", "D"],
    description:
      "Every other Saturday afternoon in the café, with food from 1.30pm. A good first meeting if churches or halls aren't your thing.",
  },
  {
    organisation: na,
    name: "NA Prestwich Wednesday",
    kind: "narcotics_anonymous",
    venue: "longfieldCentre",
    when: weekly("WE", "19:00", 90),
    tags: ["O"],
    status: "cancelled",
    description:
      "This meeting has closed because the room is no longer available. NA Bury meets on Thursdays at Moss Street, and there are online meetings every day.",
  },

  // Bury Mutual Aid Network: lists fellowships that don't run listings of their own.
  {
    organisation: network,
    name: "Cocaine Anonymous Bury",
    kind: "cocaine_anonymous",
    venue: "bellLane",
    when: weekly("TH", "20:00", 90),
    tags: ["O", "D"],
    description:
      "An open CA meeting. CA is for anyone who wants to stop using cocaine and all other mind-altering substances. Come as you are.",
  },
  {
    organisation: network,
    name: "Cocaine Anonymous Ancoats",
    kind: "cocaine_anonymous",
    venue: "ancoats",
    when: weekly("SU", "19:00", 90),
    tags: ["O", "SP"],
    description: "A Sunday speaker meeting in Ancoats. Many people here are in their twenties and thirties.",
  },
  {
    organisation: network,
    name: "Cocaine Anonymous online",
    kind: "cocaine_anonymous",
    online: { room: "ca-tuesday-late", phone: dialIn(401) },
    when: weekly("TU", "21:00", 60),
    tags: ["O", "BE"],
    description: "A late online meeting for when the evening drags. Newcomers share first if they want to.",
  },
  {
    organisation: network,
    name: "Crystal Meth Anonymous Manchester",
    kind: "crystal_meth_anonymous",
    venue: "centralHall",
    when: weekly("WE", "19:00", 90),
    tags: ["O", "LGBTQ", "D"],
    description:
      "An open CMA meeting in the city centre. No judgement about how you used, who with, or what happened: we have been there too.",
  },
  {
    organisation: network,
    name: "Crystal Meth Anonymous online",
    kind: "crystal_meth_anonymous",
    online: { room: "cma-saturday", notes: "Cameras optional; you can use the chat." },
    when: weekly("SA", "11:00", 60),
    tags: ["O", "LGBTQ"],
    description: "A Saturday morning online meeting for anyone with a desire to stop using crystal meth.",
  },
  {
    organisation: network,
    name: "Al-Anon Bury Monday",
    kind: "al_anon",
    venue: "parishHall",
    when: weekly("MO", "19:30", 90),
    tags: ["C", "BE"],
    description:
      "Al-Anon is for anyone affected by someone else's drinking, whether they still drink or not. Share as much or as little as you like; what is said here stays here.",
  },
  {
    organisation: network,
    name: "Al-Anon Bolton",
    kind: "al_anon",
    venue: "boltonFriends",
    when: weekly("TH", "19:30", 90),
    tags: ["C", "D"],
    description: "A closed discussion meeting for families and friends of people who drink.",
  },
  {
    organisation: network,
    name: "Al-Anon online: Sunday evening",
    kind: "al_anon",
    online: { room: "al-anon-sunday", phone: dialIn(402) },
    when: weekly("SU", "19:00", 60),
    tags: ["C"],
    description: "An online Al-Anon meeting. You can join by phone if you'd rather not be seen.",
  },
  {
    organisation: network,
    name: "Gamblers Anonymous Rochdale",
    kind: "other_fellowship",
    venue: "stChads",
    when: weekly("MO", "19:30", 90),
    tags: ["C", "D"],
    description:
      "A closed meeting for anyone who wants to stop gambling. First-timers can arrive early for a quiet chat.",
  },
  {
    organisation: network,
    name: "Recovery Dharma Manchester",
    kind: "other_fellowship",
    venue: "centralLibrary",
    online: { room: "recovery-dharma-mcr" },
    when: weekly("WE", "18:30", 90),
    tags: ["O", "MED"],
    description:
      "A peer-led meeting using meditation and Buddhist ideas to support recovery from any addiction. No experience of meditation needed, and no religion required.",
  },
  {
    organisation: network,
    name: "Marijuana Anonymous online",
    kind: "other_fellowship",
    online: { room: "ma-thursday" },
    when: weekly("TH", "19:00", 60),
    tags: ["O"],
    status: "withdrawn",
    description: "An online meeting for anyone who wants to stop using cannabis.",
  },

  // Families in Recovery North West
  {
    organisation: families,
    name: "Bury Family & Carers Group",
    kind: "family_carers_group",
    venue: "mossStreet",
    when: monthly("1WE,3WE", "18:30", 120),
    tags: ["families-welcome", "no-need-to-book", "free-food"],
    description:
      "For parents, partners, grandparents and friends of someone who drinks or uses drugs. Nobody here will judge you or them. Come for a cup of tea and some time that's just for you.",
  },
  {
    organisation: families,
    name: "Bolton Family Support Group",
    kind: "family_carers_group",
    venue: "deaneRoad",
    when: monthly("2TU", "18:30", 120),
    tags: ["families-welcome"],
    description:
      "Once a month, on the second Tuesday. A worker from our family service is there if you'd like a private word afterwards.",
  },
  {
    organisation: families,
    name: "Family support online",
    kind: "family_carers_group",
    online: { room: "families-online", phone: dialIn(501) },
    when: fortnightly("MO", "19:00", 90),
    tags: ["families-welcome"],
    description:
      "Every other Monday evening, online. Handy if you care for someone and can't get out, or would rather not be seen at a group near home.",
  },
  {
    organisation: families,
    name: "Grandparents and kinship carers coffee morning",
    kind: "family_carers_group",
    venue: "rochdaleHub",
    when: weekly("FR", "10:00", 120),
    tags: ["families-welcome", "free-food"],
    description:
      "For grandparents and relatives bringing up children because of a parent's drinking or drug use. Toddlers welcome; there are toys and a play mat.",
  },
  {
    organisation: families,
    name: "Understanding addiction: a six-week course for families",
    kind: "training",
    venue: "whitefieldHub",
    when: { rule: "FREQ=WEEKLY;BYDAY=TU;COUNT=6", time: "18:30", minutes: 120, startsInDays: 8 },
    tags: ["families-welcome"],
    description:
      "Six Tuesday evenings on how addiction works, how treatment and recovery work, and how to look after yourself along the way. Please try to come to all six; ring us to book a place.",
  },
  {
    organisation: families,
    name: "Family fun day in Heaton Park",
    kind: "social_event",
    venue: "heatonPark",
    when: once(12, "SU", "11:00", 240),
    tags: ["families-welcome", "free-food", "OUT", "dogs-welcome"],
    description:
      "Games, a picnic and a walk for families affected by addiction. Bring the kids, the dog and a blanket; we'll bring the food.",
  },

  // Bury Recovery Ramblers
  {
    organisation: ramblers,
    name: "Sunday riverside walk at Burrs",
    kind: "recovery_walk",
    venue: "burrsPark",
    when: weekly("SU", "10:30", 120),
    tags: ["OUT", "dogs-welcome", "no-need-to-book"],
    description:
      "A gentle two-hour walk along the River Irwell, with a stop at the café. Good shoes and a waterproof are all you need.",
  },
  {
    organisation: ramblers,
    name: "Peel Tower walk from Ramsbottom",
    kind: "recovery_walk",
    venue: "ramsbottomStation",
    when: monthly("1SA", "10:00", 180),
    tags: ["OUT", "dogs-welcome"],
    description:
      "On the first Saturday of the month we climb up to Peel Tower and back. It is steep in places, so we stop often; the views are worth it.",
    accessibilityNotes: "Steep, rough paths: not suitable for wheelchairs. Toilets at the station before we set off.",
  },
  {
    organisation: ramblers,
    name: "Heaton Park midweek stroll",
    kind: "recovery_walk",
    venue: "heatonPark",
    when: weekly("WE", "11:00", 90),
    tags: ["OUT", "no-need-to-book"],
    description: "An easy walk round the park and a cuppa at the end. Ideal if you are new to walking.",
  },
  {
    organisation: ramblers,
    name: "Whitaker Park walk, Rawtenstall",
    kind: "recovery_walk",
    venue: "whitakerPark",
    when: fortnightly("TH", "10:30", 120),
    tags: ["OUT", "dogs-welcome"],
    status: "stale",
    description: "Every other Thursday, a walk up the valley from Whitaker Park, back in time for lunch.",
  },
  {
    organisation: ramblers,
    name: "Manchester canal walk",
    kind: "recovery_walk",
    venue: "piccadillyGardens",
    when: weekly("SA", "11:00", 120),
    tags: ["OUT"],
    description:
      "From Piccadilly Gardens along the Rochdale Canal to Ancoats and back. Flat all the way, with benches along the towpath.",
  },

  // Bury Recovery Community
  {
    organisation: community,
    name: "Thursday Recovery Café",
    kind: "recovery_cafe",
    venue: "bellLane",
    when: weekly("TH", "17:00", 150),
    tags: ["free-food", "lived-experience-led", "no-need-to-book", "families-welcome"],
    description:
      "Hot food, a brew and good company, run by people in recovery. Come for ten minutes or the whole evening. No one will ask you why you're here.",
    exceptions: [
      {
        inDays: 7,
        change: "moved",
        byDays: 1,
        note: "This week only the café is on Friday, same time: the hall is booked on Thursday.",
      },
    ],
  },
  {
    organisation: community,
    name: "Saturday Breakfast Club",
    kind: "recovery_cafe",
    venue: "radcliffeMarket",
    when: weekly("SA", "09:30", 120),
    tags: ["BRK", "free-food", "lived-experience-led"],
    description:
      "A cooked breakfast on us, and a table full of people who know how long a weekend can feel. Vegetarian and halal options.",
  },
  {
    organisation: community,
    name: "Salford Recovery Café",
    kind: "recovery_cafe",
    venue: "salfordCafe",
    when: weekly("TU,FR", "12:00", 180),
    tags: ["free-food", "lived-experience-led", "no-need-to-book"],
    description:
      "Soup, sandwiches and somewhere warm to sit on Tuesday and Friday lunchtimes. There's always someone to talk to if you want to, and no pressure if you don't.",
  },
  {
    organisation: community,
    name: "Rochdale Recovery Café",
    kind: "recovery_cafe",
    venue: "rochdaleHub",
    when: weekly("WE", "13:00", 150),
    tags: ["free-food", "lived-experience-led"],
    description: "A Wednesday afternoon café with board games, a pool table and lots of tea.",
  },
  {
    organisation: community,
    name: "Sober quiz night",
    kind: "social_event",
    venue: "bellLane",
    when: monthly("-1TH", "19:30", 150),
    tags: ["free-food", "families-welcome"],
    description:
      "On the last Thursday of the month, a quiz with prizes, crisps and plenty of fizzy drinks. Teams of up to six; come on your own and we'll find you a team.",
  },
  {
    organisation: community,
    name: "Recovery Month picnic",
    kind: "social_event",
    venue: "burrsPark",
    when: once(-20, "SU", "12:00", 180),
    tags: ["families-welcome", "free-food", "OUT"],
    description: "A picnic to celebrate recovery in all its forms. Thank you to everyone who came!",
  },
  {
    organisation: community,
    name: "Live music night",
    kind: "social_event",
    venue: "mossStreet",
    when: once(30, "FR", "19:00", 180),
    tags: ["free-food"],
    description:
      "Local bands and open mic, alcohol-free bar and a good night out with no hangover. Free, but let us know you're coming so we get enough pizza.",
  },
  {
    organisation: community,
    name: "Men's peer support circle",
    kind: "peer_support_group",
    venue: "whitefieldHub",
    when: weekly("MO", "18:00", 90),
    tags: ["M", "lived-experience-led"],
    description:
      "Blokes talking honestly about what's going on for them. Led by men with their own experience of addiction and recovery.",
  },
  {
    organisation: community,
    name: "Under-25s drop-in",
    kind: "peer_support_group",
    venue: "mossStreet",
    when: weekly("WE", "16:00", 120),
    tags: ["under-25s", "free-food", "no-need-to-book"],
    description:
      "For young people who are worried about their own drinking or drug use, or someone else's. Pizza, games and people your own age who get it.",
  },
  {
    organisation: community,
    name: "Sunday night check-in (online)",
    kind: "peer_support_group",
    online: { room: "bury-sunday-check-in", phone: dialIn(202) },
    when: weekly("SU", "20:00", 60),
    tags: ["lived-experience-led"],
    description: "Half an hour to say how your week went and what the next one holds. Cameras optional.",
  },

  // Irwell Recovery Service
  {
    organisation: service,
    name: "Recovery skills group",
    kind: "peer_support_group",
    venue: "irwellHouse",
    when: weekly("TU,TH", "10:30", 90),
    tags: ["medication-assisted-recovery-welcome", "lived-experience-led"],
    description:
      "A group run with our peer mentors on coping with cravings, sleep, money worries and more. Open to anyone using our service; ask your keyworker or just turn up.",
  },
  {
    organisation: service,
    name: "Women's group",
    kind: "peer_support_group",
    venue: "irwellHouse",
    when: weekly("FR", "13:00", 90),
    tags: ["W", "medication-assisted-recovery-welcome"],
    description:
      "A women-only space to talk, rest and support each other. Children under five are welcome; there's a play corner.",
  },
  {
    organisation: service,
    name: "Fresh start group",
    kind: "peer_support_group",
    venue: "irwellHouse",
    online: { room: "irwell-fresh-start", phone: dialIn(104) },
    when: weekly("TH", "14:00", 90),
    tags: ["criminal-justice", "medication-assisted-recovery-welcome"],
    description:
      "For people on probation or recently out of prison. Practical help with housing, benefits and appointments, and people who've walked the same road.",
  },
  {
    organisation: service,
    name: "Naloxone training: how to save a life",
    kind: "training",
    venue: "irwellHouse",
    when: once(17, "WE", "14:00", 60),
    tags: ["families-welcome", "no-need-to-book"],
    description:
      "A short, free session on spotting an opioid overdose and using naloxone. Everyone goes home with a kit. Open to anyone: people who use drugs, families, friends and workers.",
  },
];
