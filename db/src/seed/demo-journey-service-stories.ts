// The journeys of four people at Irwell Recovery Service, over thirteen to
// fifteen months (Jay's over the last seven weeks): how their check-ins,
// goals, phases and networks changed. Their mentoring is in demo-mentoring-story.
import { add, change, granted, type JourneyStory, remove, withdrawn } from "./demo-journey-story";

const cafe = { gathering: "Thursday Recovery Café" };

// Dee: alcohol, twelve-step. A lapse at a family wedding and a dip that recovers.
const dee: JourneyStory = {
  person: "Dee",
  leanings: { home: -1.4, community: -0.6, days: -0.4, everyday: -0.3, trouble: 0.8, people: 0.3 },
  checkIns: [
    { daysAgo: 420, level: 1.9, note: "First one of these. Not a good place, if I'm honest, but I'm here." },
    { daysAgo: 372, level: 2.2 },
    { daysAgo: 325, level: 2.6, note: "Three weeks without a drink now." },
    { daysAgo: 280, level: 2.9 },
    { daysAgo: 236, level: 3.1 },
    { daysAgo: 196, level: 3.4, note: "Asked for a mentor this week." },
    { daysAgo: 150, level: 3.9, note: "Dave has been great. Meetings are getting easier." },
    { daysAgo: 118, level: 4.1 },
    {
      daysAgo: 88,
      level: 3.1,
      shift: { substance_use: -1.3, feelings: -0.7 },
      note: "A hard few weeks after the wedding. Back on track, slowly.",
    },
    { daysAgo: 50, level: 3.8 },
    { daysAgo: 14, level: 4.4, note: "Viewed a flat on Monday. Feeling hopeful." },
  ],
  lapses: [
    {
      daysAgo: 104,
      note: "Had a drink at my cousin's wedding. Told Dave the next day; going to extra meetings this month.",
    },
  ],
  goals: [
    {
      title: "Go to a meeting every week",
      needs: ["mutual_aid"],
      createdDaysAgo: 400,
      achievedDaysAgo: 232,
      steps: [
        { title: "Find a meeting near me", doneDaysAgo: 396 },
        { title: "Go to my first AA meeting", doneDaysAgo: 390 },
        { title: "Ask someone to be my sponsor", doneDaysAgo: 262 },
        { title: "Go every week for two months", doneDaysAgo: 232 },
      ],
    },
    {
      title: "Get my own flat",
      needs: ["housing"],
      setWithMentor: "Dave",
      createdDaysAgo: 180,
      targetDaysAgo: -60,
      steps: [
        { title: "Go on the council housing list", doneDaysAgo: 170 },
        { title: "Ask about the bond scheme", doneDaysAgo: 121 },
        { title: "Save £20 a week for the deposit", doneDaysAgo: 40 },
        { title: "View two flats", dueDaysAgo: -14 },
        { title: "Get furniture from the charity shop" },
      ],
    },
    {
      title: "Have a plan for weddings and parties",
      needs: ["mutual_aid", "confidence"],
      setWithMentor: "Dave",
      createdDaysAgo: 98,
      steps: [
        { title: "Write down who I can ring at a party", doneDaysAgo: 95 },
        { title: "Keep a taxi number and money for the fare", doneDaysAgo: 95 },
        { title: "Talk to Dave before the Christmas do", dueDaysAgo: -18 },
      ],
    },
  ],
  phases: [
    { daysAgo: 425, phase: "stabilisation", reviewInDays: 60 },
    { daysAgo: 362, phase: "maintenance", reviewInDays: 180 },
    { daysAgo: 160, phase: "maintenance", reviewInDays: 180 },
  ],
  network: [
    add(425, "Mum", "family", "supportive", 1),
    add(425, "Our Gary", "family", "neutral", 2),
    add(425, "Drinking mates at the Crown", "used_with", "using", 2),
    add(425, "Kelly next door", "neighbour", "supportive", 3),
    add(388, "Tuesday AA at St Mary's", "mutual_aid_group", "supportive", 2),
    add(260, "Jackie, my sponsor", "mutual_aid_group", "supportive", 1),
    change(260, "Drinking mates at the Crown", { closeness: 3 }),
    add(188, "Dave (mentor)", "mentor", "supportive", 2, { match: "Dave" }),
    add(150, "Thursday Recovery Café", "recovery_cafe", "supportive", 2, cafe),
    change(120, "Our Gary", { influence: "supportive" }),
    change(60, "Dave (mentor)", { closeness: 1 }),
  ],
  attendance: [
    { gathering: "Thursday Recovery Café", fromDaysAgo: 158, toDaysAgo: 3, oneIn: 2 },
    { gathering: "Recovery skills group", fromDaysAgo: 230, toDaysAgo: 20, oneIn: 4 },
  ],
  consents: [...granted(420, "include_in_anonymous_reports"), ...granted(188, "share_journey_with_mentor")],
};

// Marcus: low mood more than substances. A rematch, a goal set aside, and a
// maintenance review the coordinator has let slip past its date.
const marcus: JourneyStory = {
  person: "Marcus",
  leanings: {
    feelings: -1.1,
    body: -0.6,
    hope: -0.5,
    community: -0.6,
    people: -0.3,
    substance_use: 0.7,
    home: 1,
    trouble: 1,
  },
  checkIns: [
    { daysAgo: 440, level: 2.1, note: "Everything feels heavy at the moment." },
    { daysAgo: 385, level: 2.3 },
    { daysAgo: 330, level: 2.5 },
    { daysAgo: 280, level: 2.8, note: "Nicola got me to the men's group." },
    { daysAgo: 232, level: 2.9 },
    { daysAgo: 186, level: 2.7, note: "Not sure about mentoring. It isn't clicking." },
    { daysAgo: 140, level: 3.2, note: "Tommo gets it. Walked by the river on Sunday." },
    { daysAgo: 95, level: 3.5 },
    { daysAgo: 52, level: 3.6 },
    { daysAgo: 18, level: 3.9, note: "Sleeping better. Still have bad days but fewer." },
  ],
  lapses: [],
  goals: [
    {
      title: "Get out of the house every day",
      needs: ["confidence", "social_life"],
      setWithMentor: "Nicola",
      createdDaysAgo: 290,
      achievedDaysAgo: 120,
      steps: [
        { title: "Go to the men's group on Mondays", doneDaysAgo: 272 },
        { title: "Go on the Sunday walk once a month", doneDaysAgo: 133 },
        { title: "Coffee with Jen every week", doneDaysAgo: 122 },
      ],
    },
    {
      title: "Join the gym",
      needs: ["health", "social_life"],
      createdDaysAgo: 300,
      setAsideDaysAgo: 200,
      steps: [{ title: "Get a price for the leisure centre", doneDaysAgo: 290 }, { title: "Go twice a week" }],
    },
    {
      title: "Sleep better",
      needs: ["health"],
      setWithMentor: "Tommo",
      createdDaysAgo: 150,
      steps: [
        { title: "See the GP about sleep", doneDaysAgo: 131 },
        { title: "No phone after eleven", doneDaysAgo: 100 },
        { title: "Walk every morning before ten", dueDaysAgo: -14 },
      ],
    },
  ],
  phases: [
    { daysAgo: 440, phase: "stabilisation", reviewInDays: 90 },
    { daysAgo: 350, phase: "maintenance", reviewInDays: 180 },
    { daysAgo: 210, phase: "maintenance", reviewInDays: 180 },
  ],
  network: [
    add(440, "Dad", "family", "neutral", 2),
    add(440, "Our Jen", "family", "supportive", 1),
    add(440, "Lads on the estate", "used_with", "using", 2),
    add(440, "My GP", "professional", "supportive", 3),
    add(300, "Nicola (mentor)", "mentor", "supportive", 2, { match: "Nicola" }),
    add(275, "Men's group", "mutual_aid_group", "supportive", 2, { gathering: "Men's peer support circle" }),
    remove(170, "Nicola (mentor)"),
    add(160, "Tommo (mentor)", "mentor", "supportive", 2, { match: "Tommo" }),
    add(135, "Sunday walk", "recovery_walk", "supportive", 3, { gathering: "Sunday riverside walk at Burrs" }),
    change(90, "Lads on the estate", { closeness: 3 }),
    change(40, "Tommo (mentor)", { closeness: 1 }),
    change(40, "Dad", { influence: "supportive" }),
  ],
  attendance: [
    { gathering: "Men's peer support circle", fromDaysAgo: 282, toDaysAgo: 5, oneIn: 2 },
    { gathering: "Sunday riverside walk at Burrs", fromDaysAgo: 145, toDaysAgo: 7, oneIn: 4 },
  ],
  consents: [...granted(440, "include_in_anonymous_reports"), ...granted(300, "share_journey_with_mentor")],
};

// Chris P: a steady climb. College, a mentoring that ended with goals met, and
// a journey he now shares with the service rather than a mentor.
const chrisP: JourneyStory = {
  person: "Chris P",
  leanings: { days: -0.8, community: -0.4, home: 1.1, trouble: 1.1, everyday: 0.5, hope: 0.3 },
  checkIns: [
    { daysAgo: 425, level: 2.5, note: "Starting SMART this week." },
    { daysAgo: 375, level: 2.9 },
    { daysAgo: 330, level: 3.2 },
    { daysAgo: 285, level: 3.5, note: "Applied for the access course!" },
    { daysAgo: 240, level: 3.7 },
    { daysAgo: 195, level: 4 },
    { daysAgo: 150, level: 4.3, note: "First week at college. Knackered but happy." },
    { daysAgo: 105, level: 4.6, note: "Finished mentoring with Tommo. Strange, but good." },
    { daysAgo: 60, level: 4.8 },
    { daysAgo: 20, level: 5 },
  ],
  lapses: [],
  goals: [
    {
      title: "Start a college course",
      needs: ["work_education_training"],
      setWithMentor: "Tommo",
      createdDaysAgo: 390,
      achievedDaysAgo: 150,
      steps: [
        { title: "Look at courses at Bury College", doneDaysAgo: 380 },
        { title: "Go to the open evening", doneDaysAgo: 350 },
        { title: "Fill in the application", doneDaysAgo: 290 },
        { title: "Start the course", doneDaysAgo: 150 },
      ],
    },
    {
      title: "Get my driving licence back",
      needs: ["work_education_training"],
      createdDaysAgo: 120,
      targetDaysAgo: -120,
      steps: [
        { title: "Ring the DVLA about the medical", doneDaysAgo: 100 },
        { title: "Book the medical", doneDaysAgo: 45 },
        { title: "Save for ten lessons", dueDaysAgo: -60 },
      ],
    },
  ],
  phases: [
    { daysAgo: 430, phase: "stabilisation", reviewInDays: 90 },
    { daysAgo: 335, phase: "maintenance", reviewInDays: 180 },
    { daysAgo: 140, phase: "ready_for_recovery", reviewInDays: 160 },
  ],
  network: [
    add(425, "Mum", "family", "supportive", 1),
    add(425, "Lou", "partner", "supportive", 1),
    add(425, "Old crowd from the warehouse", "used_with", "using", 3),
    add(410, "SMART group, Monday", "mutual_aid_group", "supportive", 2),
    add(400, "Tommo (mentor)", "mentor", "supportive", 2, { match: "Tommo" }),
    remove(290, "Old crowd from the warehouse"),
    add(200, "Recovery skills group", "mutual_aid_group", "supportive", 3, { gathering: "Recovery skills group" }),
    add(150, "College course mates", "work_college", "supportive", 2),
    change(125, "Tommo (mentor)", { closeness: 3 }),
  ],
  attendance: [{ gathering: "Recovery skills group", fromDaysAgo: 215, toDaysAgo: 30, oneIn: 5 }],
  consents: [
    ...granted(425, "include_in_anonymous_reports"),
    ...granted(398, "share_journey_with_mentor"),
    withdrawn(128, "share_journey_with_mentor"),
    ...granted(128, "share_journey_with_service"),
  ],
};

// Jay: new. A first check-in and a second, a first goal, a map that is mostly
// family and drinking mates, and no consents yet.
const jay: JourneyStory = {
  person: "Jay",
  leanings: { substance_use: -0.8, people: -0.5, community: -0.7, home: 0.9, trouble: 0.6 },
  checkIns: [
    { daysAgo: 48, level: 1.9, note: "My keyworker said to try this." },
    { daysAgo: 6, level: 2.4, note: "Asked for a mentor. Nervous." },
  ],
  lapses: [],
  goals: [
    {
      title: "Find a meeting I like",
      needs: ["mutual_aid"],
      createdDaysAgo: 40,
      steps: [
        { title: "Look on the Kinship finder", doneDaysAgo: 38 },
        { title: "Go to one meeting", dueDaysAgo: -5 },
      ],
    },
  ],
  phases: [{ daysAgo: 55, phase: "stabilisation", reviewInDays: 90 }],
  network: [
    add(48, "Mum", "family", "supportive", 2),
    add(48, "Amy, my sister", "family", "supportive", 1),
    add(48, "Mates from the pub", "used_with", "using", 1),
    add(48, "Work mates", "work_college", "neutral", 3),
  ],
  attendance: [{ gathering: "Recovery skills group", fromDaysAgo: 30, toDaysAgo: 2, oneIn: 3 }],
  consents: [],
};

export const serviceStories = [dee, marcus, chrisP, jay];
