// The journeys of two people at Bury Recovery Community over about thirteen
// months: how volunteering, the café and a mentor grew their networks while the
// people they used with moved to the edge and then off the map.
import { add, change, granted, type JourneyStory, remove } from "./demo-journey-story";

const cafe = { gathering: "Thursday Recovery Café" };
const walk = { gathering: "Sunday riverside walk at Burrs" };
const volunteering = { volunteering: "bury-recovery-community" };

// Wayne: crack cocaine, his kids, benefits. The people he used with become
// neutral, then he takes them off his map; the café rota becomes his team.
const wayne: JourneyStory = {
  person: "Wayne",
  leanings: { everyday: -0.9, home: -0.6, trouble: -0.3, people: 0.2, days: 0.4 },
  checkIns: [
    { daysAgo: 405, level: 1.8, note: "Kids are with their mum. Need to sort myself out for them." },
    { daysAgo: 355, level: 2.1 },
    { daysAgo: 300, level: 2.5, note: "Went to the café. Nobody asked questions, which helped." },
    { daysAgo: 250, level: 2.8 },
    { daysAgo: 205, level: 3.2, note: "Started helping with the café rota." },
    { daysAgo: 160, level: 3.4 },
    { daysAgo: 115, level: 3.7, note: "Shaz came to the jobcentre with me." },
    { daysAgo: 70, level: 4 },
    { daysAgo: 30, level: 4.2, note: "Had the kids all weekend." },
  ],
  lapses: [],
  goals: [
    {
      title: "Sort out my Universal Credit",
      needs: ["benefits", "money_debt"],
      createdDaysAgo: 300,
      achievedDaysAgo: 205,
      steps: [
        { title: "Find my National Insurance number", doneDaysAgo: 292 },
        { title: "Book the jobcentre appointment", doneDaysAgo: 250 },
        { title: "Go to the appointment", doneDaysAgo: 210 },
      ],
    },
    {
      title: "See my kids every weekend",
      needs: ["family"],
      setWithMentor: "Shaz",
      createdDaysAgo: 110,
      targetDaysAgo: -90,
      steps: [
        { title: "Ring their mum about a regular day", doneDaysAgo: 101 },
        { title: "Sort out the spare room for them", doneDaysAgo: 58 },
        { title: "Ask about family mediation", dueDaysAgo: -20 },
      ],
    },
  ],
  phases: [],
  network: [
    add(405, "My kids", "family", "supportive", 1),
    add(405, "Their mum", "family", "neutral", 2),
    add(405, "Lads I used with", "used_with", "using", 1),
    add(405, "Mum", "family", "supportive", 2),
    add(300, "Thursday café", "recovery_cafe", "supportive", 2, cafe),
    change(225, "Lads I used with", { influence: "neutral", closeness: 3 }),
    add(190, "Café volunteers", "volunteering_team", "supportive", 2, volunteering),
    remove(140, "Lads I used with"),
    add(118, "Shaz (mentor)", "mentor", "supportive", 1, { match: "Shaz" }),
    add(60, "Sunday walk", "recovery_walk", "supportive", 3, walk),
  ],
  attendance: [
    { gathering: "Thursday Recovery Café", fromDaysAgo: 312, toDaysAgo: 3, oneIn: 1 },
    { gathering: "Sunday riverside walk at Burrs", fromDaysAgo: 70, toDaysAgo: 7, oneIn: 2 },
  ],
  consents: [...granted(405, "include_in_anonymous_reports"), ...granted(118, "share_journey_with_mentor")],
};

// Roxy: out of prison and starting again. Probation, stewarding events, the
// fresh start group, and lately a mentor and a flat of her own.
const roxy: JourneyStory = {
  person: "Roxy",
  leanings: { home: -1.1, trouble: -0.5, everyday: -0.3, community: 0.5, hope: 0.4 },
  checkIns: [
    { daysAgo: 395, level: 2, note: "Out three weeks. Everything is new." },
    { daysAgo: 345, level: 2.4 },
    { daysAgo: 300, level: 2.7 },
    { daysAgo: 255, level: 3, note: "Did my first stewarding shift." },
    { daysAgo: 210, level: 3.3 },
    { daysAgo: 165, level: 3.5 },
    { daysAgo: 120, level: 3.7 },
    { daysAgo: 80, level: 3.8 },
    { daysAgo: 40, level: 4.1, note: "Kerry is brilliant. Might get the flat." },
    { daysAgo: 5, level: 4.4 },
  ],
  lapses: [],
  goals: [
    {
      title: "Finish my licence without a recall",
      needs: ["justice"],
      createdDaysAgo: 390,
      steps: [
        { title: "Get a diary for appointments", doneDaysAgo: 385 },
        { title: "Go to every probation appointment this month", doneDaysAgo: 360 },
        { title: "Ask about the end date", dueDaysAgo: -30 },
      ],
    },
    {
      title: "Do a hairdressing course",
      needs: ["work_education_training"],
      createdDaysAgo: 280,
      setAsideDaysAgo: 150,
      steps: [{ title: "Ring the college", doneDaysAgo: 270 }, { title: "Find the money for the kit" }],
    },
    {
      title: "Get a place of my own",
      needs: ["housing"],
      setWithMentor: "Kerry",
      createdDaysAgo: 40,
      targetDaysAgo: -30,
      steps: [
        { title: "Fill in the housing association form", doneDaysAgo: 35 },
        { title: "Get a reference from probation", doneDaysAgo: 20 },
        { title: "Pick up the keys", dueDaysAgo: -10 },
      ],
    },
  ],
  phases: [],
  network: [
    add(395, "Nan", "family", "supportive", 1),
    add(395, "My probation officer", "professional", "neutral", 3),
    add(395, "The girls from before", "used_with", "using", 2),
    add(330, "Fresh start group", "mutual_aid_group", "supportive", 2, { gathering: "Fresh start group" }),
    add(230, "Event stewards", "volunteering_team", "supportive", 2, volunteering),
    change(200, "The girls from before", { closeness: 3 }),
    change(120, "My probation officer", { influence: "supportive" }),
    add(44, "Kerry (mentor)", "mentor", "supportive", 1, { match: "Kerry" }),
    add(15, "Thursday café", "recovery_cafe", "supportive", 2, cafe),
  ],
  attendance: [
    { gathering: "Fresh start group", fromDaysAgo: 340, toDaysAgo: 40, oneIn: 2 },
    { gathering: "Thursday Recovery Café", fromDaysAgo: 30, toDaysAgo: 3, oneIn: 1 },
    { gathering: "Recovery Month picnic", fromDaysAgo: 30, toDaysAgo: 1, oneIn: 1 },
  ],
  consents: [...granted(395, "include_in_anonymous_reports"), ...granted(44, "share_journey_with_mentor")],
};

export const communityStories = [wayne, roxy];
